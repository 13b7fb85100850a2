import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EditorContent, useEditor, useEditorState, type Editor } from '@tiptap/react';
import { BubbleMenu } from '@tiptap/react/menus';
import StarterKit from '@tiptap/starter-kit';
import { RichTextToolbar } from '@renderer/components/RichTextToolbar';
import type { NoteDoc } from '@shared/interviews/note-doc';
import type { Quote, Theme } from '@shared/interviews/model';
import { findInDoc, markedPassageIds, markPassage, PassageMark } from './passage-marks';
import { PassageStripes } from './PassageStripes';
import { ThemePicker } from './ThemePicker';

/**
 * The editor's schema is the note model: paragraphs, headings, block quotes, bullet and
 * numbered lists, line breaks, bold, italic and passage marks. Pasted or imported HTML is parsed
 * into this schema, so anything else is dropped.
 */
export const NOTE_EXTENSIONS = [
  StarterKit.configure({
    heading: { levels: [1, 2, 3, 4] },
    code: false,
    codeBlock: false,
    horizontalRule: false,
    link: false,
    strike: false,
    underline: false,
    trailingNode: false,
    dropcursor: false,
    gapcursor: false,
  }),
  PassageMark,
];

/** A stretch of the notes the consultant selected, to code or quote. */
export interface NoteSelection {
  from: number;
  to: number;
  text: string;
}

interface NoteEditorProps {
  /** Accessible name of the text area (the question, or "Free notes"). */
  label: string;
  initialDoc: NoteDoc | undefined;
  onChange: (doc: NoteDoc) => void;
  onBlur: () => void;
  /** The passages (quotes and coded passages) of this section, and the codebook. */
  passages: Quote[];
  themes: Theme[];
  /**
   * Makes the selection a passage: a quote, or coded with these themes. Resolves with the new
   * passage's id (the editor then marks it), or null when it failed.
   */
  onCode: (
    selection: NoteSelection,
    coding: { isQuote: boolean; themeIds: number[] },
  ) => Promise<number | null>;
  onCreateTheme: (name: string) => Promise<Theme | null>;
  /** Lets the interview editor reach this editor (to import notes into it). */
  onReady?: (editor: Editor | null) => void;
}

export function NoteEditor(props: NoteEditorProps) {
  const { t } = useTranslation();
  // The editor is created once; the latest callbacks are read through a ref.
  const callbacks = useRef(props);
  useEffect(() => {
    callbacks.current = props;
  });
  const surface = useRef<HTMLDivElement>(null);
  const [coding, setCoding] = useState(false);

  const editor = useEditor({
    extensions: NOTE_EXTENSIONS,
    content: props.initialDoc ?? '',
    editorProps: {
      attributes: {
        'aria-label': props.label,
        'aria-multiline': 'true',
        role: 'textbox',
        class: 'note-editor__content',
        spellcheck: 'true',
      },
    },
    onUpdate: ({ editor: current }) => callbacks.current.onChange(current.getJSON() as NoteDoc),
    onBlur: () => callbacks.current.onBlur(),
  });

  useEffect(() => {
    callbacks.current.onReady?.(editor);
    return () => callbacks.current.onReady?.(null);
  }, [editor]);

  // Passages made before passages were marked in the text (or whose mark got lost) are found
  // by their words and marked, once; the notes are then saved with the marks.
  const tried = useRef(new Set<number>());
  useEffect(() => {
    const marked = markedPassageIds(editor.state.doc);
    for (const passage of props.passages) {
      if (marked.has(passage.id) || tried.current.has(passage.id)) continue;
      tried.current.add(passage.id);
      const found = findInDoc(editor.state.doc, passage.text);
      if (found) markPassage(editor, passage.id, found.from, found.to);
    }
  }, [editor, props.passages]);

  const state = useEditorState({
    editor,
    selector: ({ editor: current }) => ({
      hasSelection: !current.state.selection.empty,
    }),
  });

  function selection(): NoteSelection | null {
    const { from, to } = editor.state.selection;
    const text = editor.state.doc.textBetween(from, to, ' ', ' ').trim();
    return text ? { from, to, text } : null;
  }

  async function code(isQuote: boolean, themeIds: number[]) {
    const selected = selection();
    if (!selected) return;
    setCoding(false);
    const id = await callbacks.current.onCode(selected, { isQuote, themeIds });
    if (id === null) return;
    // The notes may have changed while main answered: mark where the words stand now.
    const still =
      editor.state.doc.textBetween(selected.from, selected.to, ' ', ' ').trim() === selected.text;
    const place = still ? selected : findInDoc(editor.state.doc, selected.text);
    if (place) markPassage(editor, id, place.from, place.to);
  }

  return (
    <div className="note-editor">
      <RichTextToolbar editor={editor} label={t('interviews.notes.toolbar')}>
        <button
          type="button"
          className="button button--small note-editor__quote"
          disabled={!state.hasSelection}
          // Keep the selection in the editor when the button is clicked with the mouse.
          onMouseDown={(event) => event.preventDefault()}
          onClick={() => void code(true, [])}
        >
          {t('interviews.quotes.mark')}
        </button>
        <button
          type="button"
          className="button button--small"
          disabled={!state.hasSelection}
          aria-expanded={coding}
          onMouseDown={(event) => event.preventDefault()}
          onClick={() => setCoding(!coding)}
        >
          {t('interviews.coding.code')}
        </button>
      </RichTextToolbar>
      {coding && state.hasSelection && (
        <div className="note-editor__coding card">
          <ThemePicker
            themes={props.themes}
            chosen={[]}
            onToggle={(themeId) => void code(false, [themeId])}
            onCreate={async (name) => {
              const theme = await callbacks.current.onCreateTheme(name);
              if (theme) await code(false, [theme.id]);
            }}
          />
        </div>
      )}
      <BubbleMenu
        editor={editor}
        className="note-editor__bubble"
        options={{ placement: 'top-start' }}
        shouldShow={({ state: editorState, view }) =>
          view.hasFocus() && !editorState.selection.empty
        }
      >
        <button
          type="button"
          className="button button--small"
          onMouseDown={(event) => event.preventDefault()}
          onClick={() => void code(true, [])}
          aria-label={t('interviews.coding.quoteSelection')}
        >
          {t('interviews.coding.quoteShort')}
        </button>
        {props.themes.slice(0, 8).map((theme) => (
          <button
            key={theme.id}
            type="button"
            className="button button--small theme-button"
            onMouseDown={(event) => event.preventDefault()}
            onClick={() => void code(false, [theme.id])}
            aria-label={t('interviews.coding.codeWith', { theme: theme.name })}
          >
            <span className="theme-swatch" style={{ background: theme.colour }} aria-hidden />
            {theme.name}
          </button>
        ))}
        <button
          type="button"
          className="button button--small"
          onMouseDown={(event) => event.preventDefault()}
          onClick={() => setCoding(true)}
        >
          {t('interviews.coding.more')}
        </button>
      </BubbleMenu>
      <div className="note-editor__surface" ref={surface}>
        <PassageStripes
          editor={editor}
          container={surface}
          passages={props.passages}
          themes={props.themes}
        />
        <EditorContent editor={editor} />
      </div>
    </div>
  );
}

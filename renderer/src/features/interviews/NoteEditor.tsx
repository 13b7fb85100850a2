import { useEffect, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { EditorContent, useEditor, useEditorState, type Editor } from '@tiptap/react';
import StarterKit from '@tiptap/starter-kit';
import type { NoteDoc } from '@shared/interviews/note-doc';

/**
 * The editor's schema is the note model: paragraphs, bullet lists, line breaks, bold and italic.
 * Pasted or imported HTML is parsed into this schema, so anything else is dropped.
 */
export const NOTE_EXTENSIONS = [
  StarterKit.configure({
    blockquote: false,
    code: false,
    codeBlock: false,
    heading: false,
    horizontalRule: false,
    link: false,
    orderedList: false,
    strike: false,
    underline: false,
    trailingNode: false,
    dropcursor: false,
    gapcursor: false,
  }),
];

interface NoteEditorProps {
  /** Accessible name of the text area (the question, or "Free notes"). */
  label: string;
  initialDoc: NoteDoc | undefined;
  onChange: (doc: NoteDoc) => void;
  onBlur: () => void;
  /** Called with the selected text when the consultant marks it as a quote. */
  onMarkQuote: (text: string) => void;
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

  const state = useEditorState({
    editor,
    selector: ({ editor: current }) => ({
      bold: current.isActive('bold'),
      italic: current.isActive('italic'),
      bulletList: current.isActive('bulletList'),
      hasSelection: !current.state.selection.empty,
    }),
  });

  const markQuote = () => {
    const { from, to } = editor.state.selection;
    const text = editor.state.doc.textBetween(from, to, ' ', ' ').trim();
    if (text) props.onMarkQuote(text);
  };

  return (
    <div className="note-editor">
      <div
        className="note-editor__toolbar"
        role="toolbar"
        aria-label={t('interviews.notes.toolbar')}
      >
        <ToolbarButton
          label={t('interviews.notes.bold')}
          pressed={state.bold}
          onClick={() => editor.chain().focus().toggleBold().run()}
        >
          <strong>B</strong>
        </ToolbarButton>
        <ToolbarButton
          label={t('interviews.notes.italic')}
          pressed={state.italic}
          onClick={() => editor.chain().focus().toggleItalic().run()}
        >
          <em>I</em>
        </ToolbarButton>
        <ToolbarButton
          label={t('interviews.notes.bulletList')}
          pressed={state.bulletList}
          onClick={() => editor.chain().focus().toggleBulletList().run()}
        >
          •≡
        </ToolbarButton>
        <button
          type="button"
          className="button button--small note-editor__quote"
          disabled={!state.hasSelection}
          // Keep the selection in the editor when the button is clicked with the mouse.
          onMouseDown={(event) => event.preventDefault()}
          onClick={markQuote}
        >
          {t('interviews.quotes.mark')}
        </button>
      </div>
      <EditorContent editor={editor} />
    </div>
  );
}

/** A toolbar toggle that keeps the editor's selection (also used by the report's text editor). */
export function ToolbarButton(props: {
  label: string;
  pressed: boolean;
  onClick: () => void;
  children: ReactNode;
}) {
  return (
    <button
      type="button"
      className="button button--small button--icon"
      aria-label={props.label}
      title={props.label}
      aria-pressed={props.pressed}
      onMouseDown={(event) => event.preventDefault()}
      onClick={props.onClick}
    >
      {props.children}
    </button>
  );
}

import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { EditorContent, useEditor } from '@tiptap/react';
import StarterKit from '@tiptap/starter-kit';
import type { RichDoc } from '@shared/report/rich-text';
import { RichTextToolbar } from '@renderer/components/RichTextToolbar';

/**
 * A section's text in the editor the interview notes use (tiptap), with numbered lists as well:
 * paragraphs, bulleted and numbered lists, line breaks, bold and italic. Anything else pasted in
 * is dropped by the schema, so what is typed is what the report can style.
 */
const NARRATIVE_EXTENSIONS = [
  StarterKit.configure({
    blockquote: false,
    code: false,
    codeBlock: false,
    heading: false,
    horizontalRule: false,
    link: false,
    strike: false,
    underline: false,
    trailingNode: false,
    dropcursor: false,
    gapcursor: false,
  }),
];

interface NarrativeEditorProps {
  label: string;
  describedBy?: string;
  /** The document shown when the editor is created (remount with a new `key` to replace it). */
  initialDoc: RichDoc;
  onChange: (doc: RichDoc) => void;
  onBlur: () => void;
}

export function NarrativeEditor(props: NarrativeEditorProps) {
  const { t } = useTranslation();
  const callbacks = useRef(props);
  useEffect(() => {
    callbacks.current = props;
  });
  const editor = useEditor({
    extensions: NARRATIVE_EXTENSIONS,
    content: props.initialDoc,
    editorProps: {
      attributes: {
        'aria-label': props.label,
        'aria-multiline': 'true',
        ...(props.describedBy ? { 'aria-describedby': props.describedBy } : {}),
        role: 'textbox',
        class: 'note-editor__content narrative-editor__content',
        spellcheck: 'true',
      },
    },
    onUpdate: ({ editor: current }) => callbacks.current.onChange(current.getJSON() as RichDoc),
    onBlur: () => callbacks.current.onBlur(),
  });
  return (
    <div className="note-editor narrative-editor">
      <RichTextToolbar
        editor={editor}
        label={t('report.textToolbar')}
        orderedListLabel={t('report.numberedList')}
      />
      <EditorContent editor={editor} />
    </div>
  );
}

import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useEditorState, type Editor } from '@tiptap/react';
import './rich-text-toolbar.css';

interface RichTextToolbarProps {
  editor: Editor;
  /** The toolbar's accessible name. */
  label: string;
  /** The numbered-list button's name, where a screen calls it differently. */
  orderedListLabel?: string;
  /** Further buttons of the same toolbar (the interview notes' quote and code). */
  children?: ReactNode;
}

/**
 * Bold, italic, bulleted and numbered lists for a tiptap editor: the interview notes and the
 * report's section texts use the one toolbar, so both write and look the same.
 */
export function RichTextToolbar(props: RichTextToolbarProps) {
  const { t } = useTranslation();
  const { editor } = props;
  const state = useEditorState({
    editor,
    selector: ({ editor: current }) => ({
      bold: current.isActive('bold'),
      italic: current.isActive('italic'),
      bulletList: current.isActive('bulletList'),
      orderedList: current.isActive('orderedList'),
    }),
  });
  return (
    <div className="rich-text-toolbar" role="toolbar" aria-label={props.label}>
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
      <ToolbarButton
        label={props.orderedListLabel ?? t('interviews.notes.orderedList')}
        pressed={state.orderedList}
        onClick={() => editor.chain().focus().toggleOrderedList().run()}
      >
        1.≡
      </ToolbarButton>
      {props.children}
    </div>
  );
}

/** A toolbar toggle that keeps the editor's selection. */
function ToolbarButton(props: {
  label: string;
  pressed: boolean;
  onClick: () => void;
  children: ReactNode;
}) {
  return (
    <button
      type="button"
      className="button button--small button--icon"
      title={props.label}
      aria-pressed={props.pressed}
      onMouseDown={(event) => event.preventDefault()}
      onClick={props.onClick}
    >
      {/* The symbol is for the eye; the name (also the tooltip) is what is announced. */}
      <span aria-hidden="true">{props.children}</span>
      <span className="visually-hidden">{props.label}</span>
    </button>
  );
}

/** The shapes of note documents (see note-doc.ts for the schema and note-text.ts for the text). */
export const NOTE_NODE_TYPES = [
  'doc',
  'paragraph',
  'text',
  'heading',
  'blockquote',
  'bulletList',
  'orderedList',
  'listItem',
  'hardBreak',
] as const;
export type NoteNodeType = (typeof NOTE_NODE_TYPES)[number];

export const NOTE_MARK_TYPES = ['bold', 'italic', 'passage'] as const;
export type NoteMarkType = (typeof NOTE_MARK_TYPES)[number];

export interface NoteMark {
  type: NoteMarkType;
  /** Only on `passage` marks: the id of the coded passage or quote. */
  attrs?: { id: number };
}

export interface NoteNode {
  type: NoteNodeType;
  content?: NoteNode[];
  text?: string;
  marks?: NoteMark[];
  /** Heading level (1–4) or the first number of a numbered list. */
  attrs?: { level?: number; start?: number };
}

export interface NoteDoc extends NoteNode {
  type: 'doc';
}

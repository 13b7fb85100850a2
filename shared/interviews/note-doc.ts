/**
 * Interview notes as the editor (tiptap / ProseMirror) stores them: a small JSON tree with
 * paragraphs, headings, block quotes, bullet and numbered lists, line breaks, bold and italic,
 * and `passage` marks that anchor coded passages and quotes (by their id) in the text. Main
 * validates every document with `noteDocSchema` before storing it, and keeps the plain text
 * beside it for search.
 */
import { z } from 'zod';
import { noteText } from './note-text';

export {
  NOTE_MARK_TYPES,
  NOTE_NODE_TYPES,
  type NoteDoc,
  type NoteMark,
  type NoteMarkType,
  type NoteNode,
  type NoteNodeType,
} from './note-types';
import {
  NOTE_MARK_TYPES,
  NOTE_NODE_TYPES,
  type NoteDoc,
  type NoteMark,
  type NoteNode,
} from './note-types';

/** Limits a hostile or broken document cannot pass: deep nesting, huge trees, huge texts. */
export const NOTE_LIMITS = { maxDepth: 24, maxNodes: 50_000, maxTextChars: 1_000_000 } as const;

const markSchema = z
  .object({
    type: z.enum(NOTE_MARK_TYPES),
    attrs: z.object({ id: z.number().int().positive().optional() }).strip().optional(),
  })
  .strip()
  .transform((mark): NoteMark =>
    mark.type === 'passage' && mark.attrs?.id !== undefined
      ? { type: 'passage', attrs: { id: mark.attrs.id } }
      : { type: mark.type },
  )
  .refine((mark) => mark.type !== 'passage' || mark.attrs !== undefined, {
    message: 'interviews.noteInvalid',
  });

const attrsSchema = z
  .object({
    level: z.number().int().min(1).max(4).optional(),
    start: z.number().int().min(0).max(100_000).optional(),
  })
  .strip()
  .optional()
  // Nodes without a level or start (paragraphs with an editor's alignment, say) keep none.
  .transform((attrs) => (attrs && Object.keys(attrs).length > 0 ? attrs : undefined));

const nodeSchema: z.ZodType<NoteNode> = z.lazy(() =>
  z
    .object({
      type: z.enum(NOTE_NODE_TYPES),
      content: z.array(nodeSchema).optional(),
      text: z.string().optional(),
      // A text can sit in several overlapping passages, so marks are bounded generously.
      marks: z.array(markSchema).max(64).optional(),
      attrs: attrsSchema,
    })
    // Anything else the editor might add is dropped: only heading levels and list starts count.
    .strip()
    .refine((node) => (node.type === 'text') === (node.text !== undefined), {
      message: 'interviews.noteInvalid',
    }),
);

interface TreeSize {
  depth: number;
  nodes: number;
  chars: number;
}

/** Walks the untrusted value iteratively, so a hostile nesting depth cannot blow the stack. */
function measureTree(value: unknown): TreeSize {
  const size: TreeSize = { depth: 0, nodes: 0, chars: 0 };
  const stack: { node: unknown; depth: number }[] = [{ node: value, depth: 1 }];
  while (stack.length > 0) {
    const { node, depth } = stack.pop()!;
    size.nodes++;
    size.depth = Math.max(size.depth, depth);
    if (size.depth > NOTE_LIMITS.maxDepth || size.nodes > NOTE_LIMITS.maxNodes) return size;
    if (typeof node !== 'object' || node === null) continue;
    const { content, text } = node as { content?: unknown; text?: unknown };
    if (typeof text === 'string') size.chars += text.length;
    if (Array.isArray(content)) {
      for (const child of content) stack.push({ node: child, depth: depth + 1 });
    }
  }
  return size;
}

/** Whether an untrusted tree stays within the limits (also used for the report's section texts). */
export function noteTreeWithinLimits(value: unknown): boolean {
  const size = measureTree(value);
  return (
    size.depth <= NOTE_LIMITS.maxDepth &&
    size.nodes <= NOTE_LIMITS.maxNodes &&
    size.chars <= NOTE_LIMITS.maxTextChars
  );
}

/** The shape main accepts from the editor. */
export const noteDocSchema = z
  .unknown()
  .refine(noteTreeWithinLimits, { message: 'interviews.noteTooLarge', abort: true })
  .pipe(nodeSchema)
  .refine((node): node is NoteDoc => node.type === 'doc', { message: 'interviews.noteInvalid' })
  .transform((node) => node as NoteDoc);

export function emptyDoc(): NoteDoc {
  return { type: 'doc', content: [{ type: 'paragraph' }] };
}

// eslint-disable-next-line no-control-regex -- removing control characters is the point
const CONTROL = /[\x00-\x08\x0B-\x1F\x7F]/g;

/** Control characters never belong in notes; \u0002/\u0003 also mark search hits. */
export function stripControlCharacters(text: string): string {
  return text.replace(CONTROL, '');
}

/**
 * The document's text for search and export: one line per paragraph or heading, list items as
 * "• item" or "1. item" (see note-text.ts, which also says where each passage stands in it).
 */
export function docToPlainText(doc: NoteNode): string {
  return noteText(doc).text;
}

export function wordCount(text: string): number {
  return text.match(/[\p{L}\p{N}]+/gu)?.length ?? 0;
}

/** A block for building documents in code (sample data, tests): a paragraph or a bullet list. */
export type DocBlock = string | { bullets: string[] };

/**
 * Builds a document from plain blocks. Inside a paragraph, **bold** and _italic_ are recognised,
 * which is all the sample notes need.
 */
export function docFromBlocks(blocks: DocBlock[]): NoteDoc {
  const paragraph = (text: string): NoteNode => {
    const content = inlineRuns(text);
    return content.length > 0 ? { type: 'paragraph', content } : { type: 'paragraph' };
  };
  const content = blocks.map((block): NoteNode =>
    typeof block === 'string'
      ? paragraph(block)
      : {
          type: 'bulletList',
          content: block.bullets.map((item) => ({ type: 'listItem', content: [paragraph(item)] })),
        },
  );
  return { type: 'doc', content: content.length > 0 ? content : [{ type: 'paragraph' }] };
}

function inlineRuns(text: string): NoteNode[] {
  const runs: NoteNode[] = [];
  const pattern = /\*\*(.+?)\*\*|_(.+?)_/g;
  let last = 0;
  for (const match of text.matchAll(pattern)) {
    if (match.index > last) runs.push({ type: 'text', text: text.slice(last, match.index) });
    const [, bold, italic] = match;
    if (bold) runs.push({ type: 'text', text: bold, marks: [{ type: 'bold' }] });
    else if (italic) runs.push({ type: 'text', text: italic, marks: [{ type: 'italic' }] });
    last = match.index + match[0].length;
  }
  if (last < text.length) runs.push({ type: 'text', text: text.slice(last) });
  return runs;
}

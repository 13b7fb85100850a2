/**
 * Interview notes as the editor (tiptap / ProseMirror) stores them: a small JSON tree with
 * paragraphs, bullet lists, line breaks, bold and italic, and nothing else. Main validates every
 * document with `noteDocSchema` before storing it, and keeps the plain text beside it for search.
 */
import { z } from 'zod';

export const NOTE_NODE_TYPES = [
  'doc',
  'paragraph',
  'text',
  'bulletList',
  'listItem',
  'hardBreak',
] as const;
export type NoteNodeType = (typeof NOTE_NODE_TYPES)[number];

export const NOTE_MARK_TYPES = ['bold', 'italic'] as const;
export type NoteMarkType = (typeof NOTE_MARK_TYPES)[number];

export interface NoteMark {
  type: NoteMarkType;
}

export interface NoteNode {
  type: NoteNodeType;
  content?: NoteNode[];
  text?: string;
  marks?: NoteMark[];
}

export interface NoteDoc extends NoteNode {
  type: 'doc';
}

/** Limits a hostile or broken document cannot pass: deep nesting, huge trees, huge texts. */
export const NOTE_LIMITS = { maxDepth: 24, maxNodes: 50_000, maxTextChars: 1_000_000 } as const;

const markSchema = z.object({ type: z.enum(NOTE_MARK_TYPES) }).strip();

const nodeSchema: z.ZodType<NoteNode> = z.lazy(() =>
  z
    .object({
      type: z.enum(NOTE_NODE_TYPES),
      content: z.array(nodeSchema).optional(),
      text: z.string().optional(),
      marks: z.array(markSchema).max(NOTE_MARK_TYPES.length).optional(),
    })
    // Attributes and anything else the editor might add are dropped: none of our nodes has any.
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
 * The document's text for search and export: one line per paragraph, list items as "• item".
 */
export function docToPlainText(doc: NoteNode): string {
  const lines: string[] = [];
  const inline = (node: NoteNode): string => {
    if (node.type === 'text') return node.text ?? '';
    if (node.type === 'hardBreak') return '\n';
    return (node.content ?? []).map(inline).join('');
  };
  const block = (node: NoteNode, bullet: string): void => {
    switch (node.type) {
      case 'paragraph':
        lines.push(bullet + inline(node));
        return;
      case 'bulletList':
        for (const item of node.content ?? []) block(item, '• ');
        return;
      case 'listItem': {
        // The item's first paragraph carries the bullet; nested lists follow on their own lines.
        let first = true;
        for (const child of node.content ?? []) {
          block(child, first ? bullet : '');
          first = false;
        }
        return;
      }
      case 'text':
      case 'hardBreak':
        lines.push(bullet + inline(node));
        return;
      default:
        for (const child of node.content ?? []) block(child, bullet);
    }
  };
  block(doc, '');
  return stripControlCharacters(lines.join('\n').replace(/\n{3,}/g, '\n\n')).trim();
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

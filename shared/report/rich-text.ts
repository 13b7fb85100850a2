/**
 * Section texts as rich text: the document the consultant edits with the same editor as the
 * interview notes (tiptap), stored as its JSON tree — paragraphs, bulleted and numbered lists,
 * line breaks, bold and italic, nothing else — and the runs the report is written from.
 *
 * Drafts are written as plain text (paragraphs separated by a blank line, "- " and "1. " lists,
 * **bold** and _italic_) and turned into the same tree, so a draft and an edited text are one kind
 * of thing everywhere.
 */
import { z } from 'zod';
import { noteTreeWithinLimits } from '../interviews/note-doc';
import { parseNarrative } from './narrative';

export const RICH_NODE_TYPES = [
  'doc',
  'paragraph',
  'text',
  'bulletList',
  'orderedList',
  'listItem',
  'hardBreak',
] as const;
export type RichNodeType = (typeof RICH_NODE_TYPES)[number];
export const RICH_MARK_TYPES = ['bold', 'italic'] as const;

export interface RichNode {
  type: RichNodeType;
  content?: RichNode[];
  text?: string;
  marks?: { type: (typeof RICH_MARK_TYPES)[number] }[];
}

export interface RichDoc extends RichNode {
  type: 'doc';
}

const nodeSchema: z.ZodType<RichNode> = z.lazy(() =>
  z
    .object({
      type: z.enum(RICH_NODE_TYPES),
      content: z.array(nodeSchema).optional(),
      text: z.string().optional(),
      marks: z
        .array(z.object({ type: z.enum(RICH_MARK_TYPES) }).strip())
        .max(RICH_MARK_TYPES.length)
        .optional(),
    })
    // Attributes the editor adds (an ordered list's start number) are dropped: lists start at 1.
    .strip()
    .refine((node) => (node.type === 'text') === (node.text !== undefined), {
      message: 'report.richTextInvalid',
    }),
);

export const richDocSchema = z
  .unknown()
  .refine(noteTreeWithinLimits, { message: 'report.richTextTooLarge', abort: true })
  .pipe(nodeSchema)
  .refine((node): node is RichDoc => node.type === 'doc', { message: 'report.richTextInvalid' })
  .transform((node) => node as RichDoc);

/** A piece of text with its emphasis, or a reference to a numbered figure or table. */
export type InlineRun =
  | {
      kind: 'text';
      text: string;
      bold?: boolean;
      italic?: boolean;
      /** Something the consultant still has to fill in: marked so it cannot be overlooked. */
      missing?: boolean;
    }
  | { kind: 'break' }
  /** "Figuur 3"; `wrap` is printed around it, and nothing at all when the figure is left out. */
  | { kind: 'ref'; key: string; wrap?: [string, string] };

/** Inline text: plain, or runs with emphasis and cross-references. */
export type RichText = string | InlineRun[];

export type RichBlock =
  { kind: 'paragraph'; text: RichText } | { kind: 'list'; ordered: boolean; items: RichText[] };

/** "**bold**", "_italic_" and "{ref:key}" inside a draft line. */
const INLINE = /\*\*(.+?)\*\*|(?<![\p{L}\p{N}])_(.+?)_(?![\p{L}\p{N}])|\{ref:([a-zA-Z0-9:_-]+)\}/gu;

export function inlineRuns(text: string): InlineRun[] {
  const runs: InlineRun[] = [];
  let last = 0;
  for (const match of text.matchAll(INLINE)) {
    if (match.index > last) runs.push({ kind: 'text', text: text.slice(last, match.index) });
    const [, bold, italic, ref] = match;
    if (bold) runs.push({ kind: 'text', text: bold, bold: true });
    else if (italic) runs.push({ kind: 'text', text: italic, italic: true });
    else if (ref) runs.push({ kind: 'ref', key: ref });
    last = match.index + match[0].length;
  }
  if (last < text.length) runs.push({ kind: 'text', text: text.slice(last) });
  return runs;
}

function textNodes(text: string): RichNode[] {
  return inlineRuns(text).flatMap((run): RichNode[] => {
    if (run.kind === 'break') return [{ type: 'hardBreak' }];
    if (run.kind === 'ref') return [{ type: 'text', text: `{ref:${run.key}}` }];
    const marks = [
      ...(run.bold ? [{ type: 'bold' as const }] : []),
      ...(run.italic ? [{ type: 'italic' as const }] : []),
    ];
    return run.text ? [{ type: 'text', text: run.text, ...(marks.length ? { marks } : {}) }] : [];
  });
}

function paragraphNode(text: string): RichNode {
  const content = textNodes(text);
  return content.length > 0 ? { type: 'paragraph', content } : { type: 'paragraph' };
}

/** A draft (or a text saved by an older version) as a rich-text document. */
export function richDocFromPlainText(text: string): RichDoc {
  const content = parseNarrative(text).map((block): RichNode =>
    block.kind === 'paragraph'
      ? paragraphNode(block.text)
      : {
          type: block.ordered ? 'orderedList' : 'bulletList',
          content: block.items.map((item) => ({
            type: 'listItem',
            content: [paragraphNode(item)],
          })),
        },
  );
  return { type: 'doc', content: content.length > 0 ? content : [{ type: 'paragraph' }] };
}

function inlineOf(node: RichNode): InlineRun[] {
  if (node.type === 'text') {
    const bold = node.marks?.some((mark) => mark.type === 'bold') ?? false;
    const italic = node.marks?.some((mark) => mark.type === 'italic') ?? false;
    // A reference typed or kept as "{ref:key}" stays a reference.
    return inlineRuns(node.text ?? '').map((run) =>
      run.kind === 'text'
        ? {
            ...run,
            ...(bold || run.bold ? { bold: true } : {}),
            ...(italic || run.italic ? { italic: true } : {}),
          }
        : run,
    );
  }
  if (node.type === 'hardBreak') return [{ kind: 'break' }];
  return (node.content ?? []).flatMap(inlineOf);
}

function isEmpty(runs: InlineRun[]): boolean {
  return runs.every((run) => run.kind === 'text' && run.text.trim() === '');
}

/** The document as report blocks: paragraphs and lists (nested lists are flattened). */
export function richDocBlocks(doc: RichNode): RichBlock[] {
  const blocks: RichBlock[] = [];
  const walk = (node: RichNode) => {
    switch (node.type) {
      case 'paragraph': {
        const runs = inlineOf(node);
        if (!isEmpty(runs)) blocks.push({ kind: 'paragraph', text: runs });
        return;
      }
      case 'bulletList':
      case 'orderedList': {
        const items = (node.content ?? [])
          .map((item) => (item.content ?? []).filter((child) => child.type === 'paragraph'))
          .map((paragraphs) =>
            paragraphs.flatMap((paragraph, index) => [
              ...(index > 0 ? [{ kind: 'break' } as const] : []),
              ...inlineOf(paragraph),
            ]),
          )
          .filter((runs) => !isEmpty(runs));
        if (items.length > 0)
          blocks.push({ kind: 'list', ordered: node.type === 'orderedList', items });
        // Lists inside list items follow as lists of their own.
        for (const item of node.content ?? []) {
          for (const child of item.content ?? []) if (child.type !== 'paragraph') walk(child);
        }
        return;
      }
      default:
        for (const child of node.content ?? []) walk(child);
    }
  };
  walk(doc);
  return blocks;
}

/** The plain text of inline runs (references shown by their label when known). */
export function plainText(text: RichText, refLabel: (key: string) => string = () => ''): string {
  if (typeof text === 'string') return text;
  return text
    .map((run) => {
      if (run.kind === 'text') return run.text;
      if (run.kind === 'break') return '\n';
      const label = refLabel(run.key);
      return label && run.wrap ? `${run.wrap[0]}${label}${run.wrap[1]}` : label;
    })
    .join('');
}

/** The document's text, for checks such as the private-name warning. */
export function richDocText(doc: RichNode): string {
  return richDocBlocks(doc)
    .flatMap((block) => (block.kind === 'paragraph' ? [block.text] : block.items))
    .map((text) => plainText(text))
    .join('\n');
}

/**
 * The plain text of a note document and where each coded passage stands in it. Search indexes
 * this text, exports write it, and REFI-QDA selections point into it by character position, so
 * one function makes it and keeps the positions exact through every clean-up step.
 */
import type { NoteDoc, NoteMark, NoteNode } from './note-types';

/** A stretch of the plain text, [start, end) in UTF-16 units. */
export interface TextRange {
  start: number;
  end: number;
}

export interface NoteText {
  text: string;
  /** Passage id → where its marked text stands (from its first to its last marked character). */
  passages: Map<number, TextRange>;
}

// eslint-disable-next-line no-control-regex -- removing control characters is the point
const CONTROL = /[\x00-\x08\x0B-\x1F\x7F]/;

/** Text after removing some characters, with where each old position went (length + 1 entries). */
interface Cleaned {
  text: string;
  map: number[];
}

function removeWhere(text: string, removed: (index: number) => boolean): Cleaned {
  const map = new Array<number>(text.length + 1);
  let out = '';
  for (let index = 0; index < text.length; index++) {
    map[index] = out.length;
    if (!removed(index)) out += text[index];
  }
  map[text.length] = out.length;
  return { text: out, map };
}

function compose(first: number[], second: number[]): number[] {
  return first.map((position) => second[position]!);
}

/**
 * The clean-up every note text gets: runs of three or more line breaks become two, control
 * characters go, and the whole is trimmed. Returns the text and where each old position went.
 */
export function cleanNoteText(raw: string): Cleaned {
  const collapsed = removeWhere(
    raw,
    (index) => raw[index] === '\n' && raw[index - 1] === '\n' && raw[index - 2] === '\n',
  );
  const stripped = removeWhere(collapsed.text, (index) => CONTROL.test(collapsed.text[index]!));
  const text = stripped.text;
  const leading = text.length - text.trimStart().length;
  const keptEnd = text.trimEnd().length;
  const trimmed = removeWhere(text, (index) => index < leading || index >= keptEnd);
  return { text: trimmed.text, map: compose(compose(collapsed.map, stripped.map), trimmed.map) };
}

const passageIds = (marks: NoteMark[] | undefined): number[] =>
  (marks ?? []).flatMap((mark) => (mark.type === 'passage' && mark.attrs ? [mark.attrs.id] : []));

/**
 * The document's text: one line per paragraph or heading, list items as "• item" or "1. item",
 * a line break inside a paragraph as a line break; and each passage's range in it.
 */
export function noteText(doc: NoteNode): NoteText {
  let raw = '';
  let lineOpen = false;
  const ranges = new Map<number, TextRange>();

  const startLine = (prefix: string) => {
    if (lineOpen) raw += '\n';
    raw += prefix;
    lineOpen = true;
  };
  const inline = (node: NoteNode): void => {
    if (node.type === 'text') {
      const start = raw.length;
      raw += node.text ?? '';
      for (const id of passageIds(node.marks)) {
        const known = ranges.get(id);
        ranges.set(id, {
          start: known ? Math.min(known.start, start) : start,
          end: known ? Math.max(known.end, raw.length) : raw.length,
        });
      }
    } else if (node.type === 'hardBreak') raw += '\n';
    else for (const child of node.content ?? []) inline(child);
  };
  const block = (node: NoteNode, prefix: string): void => {
    switch (node.type) {
      case 'paragraph':
      case 'heading':
        startLine(prefix);
        inline(node);
        return;
      case 'bulletList':
        for (const item of node.content ?? []) block(item, '• ');
        return;
      case 'orderedList': {
        let number = node.attrs?.start ?? 1;
        for (const item of node.content ?? []) block(item, `${number++}. `);
        return;
      }
      case 'listItem': {
        // The item's first block carries the bullet; nested blocks follow on their own lines.
        let first = true;
        for (const child of node.content ?? []) {
          block(child, first ? prefix : '');
          first = false;
        }
        return;
      }
      case 'text':
      case 'hardBreak':
        startLine(prefix);
        inline(node);
        return;
      default:
        for (const child of node.content ?? []) block(child, prefix);
    }
  };
  block(doc, '');

  const cleaned = cleanNoteText(raw);
  const passages = new Map<number, TextRange>();
  for (const [id, range] of ranges) {
    const start = cleaned.map[range.start]!;
    const end = cleaned.map[range.end]!;
    if (end > start) passages.set(id, { start, end });
  }
  return { text: cleaned.text, passages };
}

/** Whitespace-insensitive search: where `needle` stands in `text`, or null. */
export function findText(text: string, needle: string): TextRange | null {
  const words = needle.trim().split(/\s+/).filter(Boolean);
  if (words.length === 0) return null;
  const escaped = words.map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  const match = new RegExp(escaped.join('\\s+'), 'u').exec(text);
  return match ? { start: match.index, end: match.index + match[0].length } : null;
}

export interface LocatedPassage {
  sectionKey: string;
  range: TextRange;
}

/**
 * Where each passage stands in its section's text: by its mark, or (for a passage made before
 * passages were marked, or whose mark was lost) by finding its text. Null when neither works.
 */
export function locatePassages(
  sections: ReadonlyMap<string, NoteText>,
  passages: readonly { id: number; sectionKey: string; text: string }[],
): Map<number, LocatedPassage | null> {
  const located = new Map<number, LocatedPassage | null>();
  for (const passage of passages) {
    const section = sections.get(passage.sectionKey);
    const range = section
      ? (section.passages.get(passage.id) ?? findText(section.text, passage.text))
      : null;
    located.set(passage.id, range ? { sectionKey: passage.sectionKey, range } : null);
  }
  return located;
}

/**
 * A note document holding `text` (one paragraph per line) with each passage marked where its
 * range says: the way text from elsewhere (a REFI-QDA project) becomes notes with its coding.
 * The text gets the usual clean-up first; the ranges follow it.
 */
export function docFromText(
  text: string,
  passages: readonly { id: number; range: TextRange }[],
): NoteDoc {
  // Windows line ends become one line break; the ranges follow every step.
  const unixed = removeWhere(text, (index) => text[index] === '\r' && text[index + 1] === '\n');
  const cleaned = cleanNoteText(unixed.text.replace(/\r/g, '\n'));
  const map = compose(unixed.map, cleaned.map);
  const at = (position: number) => map[Math.max(0, Math.min(text.length, position))]!;
  const mapped = passages
    .map((passage) => ({
      id: passage.id,
      start: at(passage.range.start),
      end: at(passage.range.end),
    }))
    .filter((passage) => passage.end > passage.start);
  const content: NoteNode[] = [];
  let lineStart = 0;
  for (const line of cleaned.text.split('\n')) {
    const lineEnd = lineStart + line.length;
    const cuts = new Set([lineStart, lineEnd]);
    for (const passage of mapped) {
      for (const cut of [passage.start, passage.end]) {
        if (cut > lineStart && cut < lineEnd) cuts.add(cut);
      }
    }
    const points = [...cuts].sort((a, b) => a - b);
    const runs: NoteNode[] = [];
    for (let index = 0; index + 1 < points.length; index++) {
      const from = points[index]!;
      const to = points[index + 1]!;
      const ids = mapped
        .filter((passage) => passage.start <= from && passage.end >= to)
        .map((passage) => passage.id);
      const run: NoteNode = { type: 'text', text: cleaned.text.slice(from, to) };
      if (ids.length > 0) run.marks = ids.map((id) => ({ type: 'passage', attrs: { id } }));
      runs.push(run);
    }
    content.push(runs.length > 0 ? { type: 'paragraph', content: runs } : { type: 'paragraph' });
    lineStart = lineEnd + 1;
  }
  return { type: 'doc', content };
}

/**
 * Every passage of an engagement with where it stands in its interview's notes (null where it
 * cannot be found): the input of the co-occurrence table and the REFI-QDA export.
 */
export function placePassages(
  notes: readonly { interviewId: number; sectionKey: string; doc: NoteNode }[],
  passages: readonly {
    id: number;
    interviewId: number;
    sectionKey: string;
    text: string;
    themeIds: readonly number[];
  }[],
): {
  id: number;
  interviewId: number;
  sectionKey: string;
  range: TextRange | null;
  themeIds: readonly number[];
}[] {
  const texts = new Map<number, Map<string, NoteText>>();
  for (const note of notes) {
    const sections = texts.get(note.interviewId) ?? new Map<string, NoteText>();
    sections.set(note.sectionKey, noteText(note.doc));
    texts.set(note.interviewId, sections);
  }
  return passages.map((passage) => {
    const located = locatePassages(texts.get(passage.interviewId) ?? new Map(), [passage]).get(
      passage.id,
    );
    return {
      id: passage.id,
      interviewId: passage.interviewId,
      sectionKey: passage.sectionKey,
      range: located?.range ?? null,
      themeIds: passage.themeIds,
    };
  });
}

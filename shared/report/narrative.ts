/**
 * Narrative text as the consultant types it, turned into document blocks: paragraphs separated by
 * a blank line; lines starting with "- ", "* " or "• " form a bulleted list, lines starting with
 * "1. " a numbered list. Deliberately this small: what Word cannot restyle, the report should not
 * contain, and everything else is easier to do in Word afterwards.
 */
export type NarrativeBlock =
  { kind: 'paragraph'; text: string } | { kind: 'list'; ordered: boolean; items: string[] };

const BULLET = /^\s*[-*•]\s+(.*)$/;
const NUMBERED = /^\s*\d{1,3}[.)]\s+(.*)$/;

export function parseNarrative(text: string): NarrativeBlock[] {
  const blocks: NarrativeBlock[] = [];
  let paragraph: string[] = [];
  const flushParagraph = () => {
    const joined = paragraph.join(' ').replace(/\s+/g, ' ').trim();
    if (joined) blocks.push({ kind: 'paragraph', text: joined });
    paragraph = [];
  };
  for (const rawLine of text.replace(/\r\n?/g, '\n').split('\n')) {
    const line = rawLine.trimEnd();
    const bullet = BULLET.exec(line);
    const numbered = bullet ? null : NUMBERED.exec(line);
    const item = bullet?.[1] ?? numbered?.[1];
    if (item !== undefined) {
      flushParagraph();
      const ordered = numbered !== null;
      const last = blocks.at(-1);
      if (last?.kind === 'list' && last.ordered === ordered) last.items.push(item.trim());
      else blocks.push({ kind: 'list', ordered, items: [item.trim()] });
      continue;
    }
    if (line.trim() === '') {
      flushParagraph();
      continue;
    }
    const last = blocks.at(-1);
    if (paragraph.length === 0 && last?.kind === 'list' && /^\s{2,}/.test(rawLine)) {
      // An indented line continues the list item above it.
      last.items[last.items.length - 1] += ` ${line.trim()}`;
      continue;
    }
    paragraph.push(line.trim());
  }
  flushParagraph();
  return blocks;
}

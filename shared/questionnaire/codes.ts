/**
 * Respondent codes that number on from the highest in use: R001 (grid), K001 (kiosk), L001 (live
 * session), P001 (pre-numbered paper forms). The prefix tells later where a row came from, and a
 * code is never handed out twice within an engagement.
 */

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The highest number after `prefix` among `codes` (0 when none has the prefix). */
export function highestCodeNumber(prefix: string, codes: Iterable<string>): number {
  const pattern = new RegExp(`^${escapeRegExp(prefix)}(\\d+)$`);
  let highest = 0;
  for (const code of codes) {
    const match = pattern.exec(code);
    if (match?.[1]) highest = Math.max(highest, Number(match[1]));
  }
  return highest;
}

/** `prefix` and a number of at least three digits: P007, P1000. */
export function formatCode(prefix: string, number: number): string {
  return `${prefix}${String(number).padStart(3, '0')}`;
}

/** The next free code after the highest one with this prefix. */
export function nextSequentialCode(prefix: string, codes: Iterable<string>): string {
  return formatCode(prefix, highestCodeNumber(prefix, codes) + 1);
}

/** `count` consecutive free codes after the highest one with this prefix. */
export function sequentialCodes(prefix: string, codes: Iterable<string>, count: number): string[] {
  const first = highestCodeNumber(prefix, codes) + 1;
  return Array.from({ length: count }, (_, index) => formatCode(prefix, first + index));
}

/**
 * File names for what the app writes (exports, archives, reports), made from names consultants
 * type. Two styles: a readable one that keeps spaces and accents (reports, exports people open),
 * and a slug of plain letters, digits, dots and dashes (ids and machine-friendly names).
 */

/** Characters no OS accepts in a file name, and control characters. */
const FORBIDDEN = /[\\/:*?"<>|\p{Cc}]+/gu;

export function readableFileName(text: string, maxLength = 120): string {
  return text.replace(FORBIDDEN, ' ').replace(/\s+/g, ' ').trim().slice(0, maxLength);
}

export function fileNameSlug(text: string, fallback: string, maxLength = 60): string {
  const slug = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^A-Za-z0-9._-]+/g, '-')
    .replace(/^[-.]+|[-.]+$/g, '')
    .slice(0, maxLength);
  return slug || fallback;
}

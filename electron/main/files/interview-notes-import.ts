/**
 * Interview notes typed elsewhere (Word, a Markdown or text editor) as HTML for the notes editor.
 * The editor's schema then keeps only paragraphs, bullet lists, bold and italic, so whatever the
 * file contains never becomes more than that. Files are untrusted: sizes are limited, a .docx
 * must really be a safe zip with a Word document inside, raw HTML in Markdown is shown as text.
 */
// mammoth and marked load only when a notes file is imported: most sessions never need them.
import type { Marked as MarkedParser } from 'marked';
import { AppError } from '@shared/ipc/errors';
import { stripControlCharacters } from '@shared/interviews/note-doc';
import { decodeText } from './decode-text';
import { TableReadError } from './table-read-error';
import { assertSafeZip } from './zip-guard';

export const NOTES_IMPORT_LIMITS = {
  maxDocxBytes: 20 * 1024 * 1024,
  maxTextBytes: 5 * 1024 * 1024,
  /** What a .docx may unpack to; real notes documents are a few megabytes at most. */
  maxUncompressedBytes: 100 * 1024 * 1024,
  maxZipEntries: 5_000,
  maxCompressionRatio: 1_000,
  maxHtmlChars: 5 * 1024 * 1024,
} as const;

export type NotesImportErrorKey =
  | 'interviews.import.unsupported'
  | 'interviews.import.tooLarge'
  | 'interviews.import.empty'
  | 'interviews.import.notDocx'
  | 'interviews.import.oldDoc'
  | 'interviews.import.unsafe'
  | 'interviews.import.notText';

function fail(key: NotesImportErrorKey, params: Record<string, string | number>): AppError {
  return new AppError(key, params);
}

function toMb(bytes: number): number {
  return Math.round(bytes / (1024 * 1024));
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`);
}

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];
const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0];

function startsWith(bytes: Uint8Array, magic: number[]): boolean {
  return magic.every((byte, index) => bytes[index] === byte);
}

export async function importNotesFile(fileName: string, bytes: Uint8Array): Promise<string> {
  const extension = /\.([a-z0-9]+)$/i.exec(fileName)?.[1]?.toLowerCase() ?? '';
  if (!['docx', 'md', 'markdown', 'txt'].includes(extension)) {
    throw fail('interviews.import.unsupported', { fileName });
  }
  const limit =
    extension === 'docx' ? NOTES_IMPORT_LIMITS.maxDocxBytes : NOTES_IMPORT_LIMITS.maxTextBytes;
  if (bytes.length > limit) {
    throw fail('interviews.import.tooLarge', { fileName, limitMb: toMb(limit) });
  }
  if (bytes.length === 0) throw fail('interviews.import.empty', { fileName });

  const html =
    extension === 'docx'
      ? await docxToHtml(fileName, bytes)
      : extension === 'txt'
        ? textToHtml(readText(fileName, bytes))
        : await markdownToHtml(readText(fileName, bytes));
  if (html.length > NOTES_IMPORT_LIMITS.maxHtmlChars) {
    throw fail('interviews.import.tooLarge', {
      fileName,
      limitMb: toMb(NOTES_IMPORT_LIMITS.maxTextBytes),
    });
  }
  if (!html.replace(/<[^>]*>/g, '').trim()) throw fail('interviews.import.empty', { fileName });
  return html;
}

function readText(fileName: string, bytes: Uint8Array): string {
  try {
    return stripControlCharacters(decodeText(bytes, fileName).text.replace(/\r\n?/g, '\n'));
  } catch (error) {
    if (error instanceof TableReadError) throw fail('interviews.import.notText', { fileName });
    throw error;
  }
}

/** Blank lines separate paragraphs; a single line break stays a line break. */
export function textToHtml(text: string): string {
  return text
    .split(/\n\s*\n/)
    .map((paragraph) => paragraph.trim())
    .filter(Boolean)
    .map((paragraph) => `<p>${escapeHtml(paragraph).replace(/\n/g, '<br>')}</p>`)
    .join('\n');
}

let markdown: MarkedParser | undefined;

async function markdownParser(): Promise<MarkedParser> {
  if (markdown) return markdown;
  const { Marked } = await import('marked');
  const parser = new Marked({ gfm: true, async: false });
  parser.use({
    renderer: {
      // Raw HTML, links and images in a Markdown file become plain text.
      html: ({ text }) => escapeHtml(text),
      link({ tokens }) {
        return this.parser.parseInline(tokens);
      },
      image: ({ text }) => escapeHtml(text),
    },
  });
  markdown = parser;
  return parser;
}

/**
 * How deeply notes may nest lists and quotes. marked lexes every nested list again at each level,
 * so its time grows with the cube of the depth (400 levels: over a second; thousands: minutes,
 * or a stack overflow) while real notes nest three or four levels.
 */
export const MAX_MARKDOWN_NESTING = 8;
/** Indentation beyond this many columns is only more nesting (or a code block, not kept). */
const MAX_INDENT_COLUMNS = 4 * MAX_MARKDOWN_NESTING;
const CONTAINER_MARKER = /^(?:>|[-+*](?=[ \t]|$)|\d{1,9}[.)](?=[ \t]|$))/;

/**
 * Flattens what nests deeper than MAX_MARKDOWN_NESTING: leading indentation is cut to
 * MAX_INDENT_COLUMNS and list or quote markers after the first MAX_MARKDOWN_NESTING on a line are
 * escaped, so they read as text. Nothing of the text is lost; it only nests less.
 */
export function boundMarkdownNesting(text: string): string {
  return text
    .split('\n')
    .map((line) => {
      let rest = line;
      let prefix = '';
      let markers = 0;
      for (;;) {
        const indent = /^[ \t]*/.exec(rest)?.[0] ?? '';
        const columns = [...indent].reduce((sum, char) => sum + (char === '\t' ? 4 : 1), 0);
        prefix += ' '.repeat(Math.min(columns, MAX_INDENT_COLUMNS));
        rest = rest.slice(indent.length);
        const marker = CONTAINER_MARKER.exec(rest)?.[0];
        if (!marker) break;
        if (markers === MAX_MARKDOWN_NESTING) {
          prefix += '\\';
          break;
        }
        markers++;
        prefix += marker;
        rest = rest.slice(marker.length);
      }
      return prefix + rest;
    })
    .join('\n');
}

export async function markdownToHtml(text: string): Promise<string> {
  return (await markdownParser()).parse(boundMarkdownNesting(text)) as string;
}

async function docxToHtml(fileName: string, bytes: Uint8Array): Promise<string> {
  if (startsWith(bytes, OLE_MAGIC)) throw fail('interviews.import.oldDoc', { fileName });
  if (!startsWith(bytes, ZIP_MAGIC)) throw fail('interviews.import.notDocx', { fileName });
  let entries: { name: string }[];
  try {
    entries = await assertSafeZip(bytes, fileName, NOTES_IMPORT_LIMITS);
  } catch (error) {
    if (error instanceof TableReadError) {
      throw fail(
        error.key === 'import.zipBomb' ? 'interviews.import.unsafe' : 'interviews.import.notDocx',
        {
          fileName,
        },
      );
    }
    throw error;
  }
  if (!entries.some((entry) => entry.name === 'word/document.xml')) {
    throw fail('interviews.import.notDocx', { fileName });
  }
  try {
    const { default: mammoth } = await import('mammoth');
    const result = await mammoth.convertToHtml(
      { buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) },
      {
        externalFileAccess: false,
        // Pictures are not part of notes; leave them out rather than inline megabytes.
        convertImage: mammoth.images.imgElement(() => Promise.resolve({ src: '' })),
      },
    );
    return result.value.replace(/<img\b[^>]*>/gi, '');
  } catch (error) {
    const failure = fail('interviews.import.notDocx', { fileName });
    failure.cause = error;
    throw failure;
  }
}

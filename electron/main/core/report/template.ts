/**
 * Reading the firm's Word template (.docx or .dotx): only its styles (word/styles.xml) and its
 * theme fonts are taken over. Anything that is not a Word document or template is refused with
 * `report.templateNotWord`; only the parts needed are decompressed, with a size limit, so a
 * hostile zip cannot exhaust memory.
 */
import { unzipSync } from 'fflate';
import { AppError } from '@shared/ipc/errors';
import type { StoredTemplate } from '../repositories/report';

const WORD_MAIN_TYPES = [
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml',
];
const WANTED = new Set(['[Content_Types].xml', 'word/styles.xml', 'word/theme/theme1.xml']);
const MAX_PART_BYTES = 10 * 1024 * 1024;

function notWord(fileName: string): AppError {
  return new AppError('report.templateNotWord', { file: fileName });
}

export function readWordTemplate(fileName: string, bytes: Uint8Array): StoredTemplate {
  const isZip = bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
  if (!isZip) throw notWord(fileName);
  let parts: Record<string, Uint8Array>;
  try {
    parts = unzipSync(bytes, {
      filter: (file) => WANTED.has(file.name) && file.originalSize <= MAX_PART_BYTES,
    });
  } catch {
    throw notWord(fileName);
  }
  const decoder = new TextDecoder('utf-8', { fatal: false });
  const contentTypes = parts['[Content_Types].xml'];
  const styles = parts['word/styles.xml'];
  if (!contentTypes || !styles) throw notWord(fileName);
  const types = decoder.decode(contentTypes);
  if (!WORD_MAIN_TYPES.some((type) => types.includes(type))) throw notWord(fileName);
  const stylesXml = decoder.decode(styles);
  if (!/<w:styles[\s>]/.test(stylesXml) || /<!ENTITY/i.test(stylesXml)) throw notWord(fileName);
  const theme = parts['word/theme/theme1.xml'];
  const themeXml = theme ? decoder.decode(theme) : '';
  return {
    fileName,
    stylesXml,
    styleNames: styleNames(stylesXml),
    themeFonts: {
      headings: themeFont(themeXml, 'majorFont'),
      body: themeFont(themeXml, 'minorFont'),
    },
  };
}

/** The names of the template's paragraph and table styles, as Word lists them. */
export function styleNames(stylesXml: string): string[] {
  const names: string[] = [];
  for (const match of stylesXml.matchAll(/<w:style\b([^>]*)>([\s\S]*?)<\/w:style>/g)) {
    const type = /w:type="([^"]+)"/.exec(match[1] ?? '')?.[1];
    if (type !== 'paragraph' && type !== 'table') continue;
    const name = /<w:name w:val="([^"]+)"/.exec(match[2] ?? '')?.[1];
    if (name && !names.includes(name)) names.push(decodeEntities(name));
  }
  return names;
}

function themeFont(themeXml: string, which: 'majorFont' | 'minorFont'): string | null {
  const block = new RegExp(`<a:${which}>([\\s\\S]*?)</a:${which}>`).exec(themeXml)?.[1];
  const typeface = block ? /<a:latin typeface="([^"]*)"/.exec(block)?.[1] : undefined;
  return typeface ? decodeEntities(typeface) : null;
}

function decodeEntities(text: string): string {
  return text
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

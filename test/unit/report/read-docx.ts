/**
 * Reads a .docx back for the tests: unzips it and picks paragraphs, tables and drawings out of
 * word/document.xml, as a reader of the document would find them.
 */
import { unzipSync } from 'fflate';

export interface DocxParts {
  /** Every part by its path, as text (media as latin1, only their presence matters). */
  parts: Record<string, string>;
  document: string;
  /** All text of the body, headers and footers, in order. */
  text: string;
}

export interface DocxParagraph {
  style: string | null;
  text: string;
  xml: string;
}

const decode = (text: string) =>
  text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');

export function readDocx(bytes: Uint8Array): DocxParts {
  const files = unzipSync(bytes);
  const parts: Record<string, string> = {};
  for (const [name, data] of Object.entries(files)) {
    parts[name] =
      name.endsWith('.xml') || name.endsWith('.rels')
        ? new TextDecoder().decode(data)
        : String.fromCharCode(...data.subarray(0, 64));
  }
  const document = parts['word/document.xml'] ?? '';
  const textParts = Object.keys(parts)
    .filter((name) => /^word\/(document|header\d*|footer\d*)\.xml$/.test(name))
    .map((name) =>
      paragraphs(parts[name]!)
        .map((paragraph) => paragraph.text)
        .join('\n'),
    );
  return { parts, document, text: textParts.join('\n') };
}

export function paragraphs(xml: string): DocxParagraph[] {
  return [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map((match) => {
    const paragraph = match[0];
    return {
      style: /<w:pStyle w:val="([^"]+)"/.exec(paragraph)?.[1] ?? null,
      text: decode(
        [...paragraph.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((t) => t[1]).join(''),
      ),
      xml: paragraph,
    };
  });
}

export function tables(xml: string): string[] {
  return [...xml.matchAll(/<w:tbl>[\s\S]*?<\/w:tbl>/g)].map((match) => match[0]);
}

/** The `wp:docPr` of every drawing: its name, title and alt text (descr). */
export function drawings(xml: string): { name: string; descr: string; title: string }[] {
  return [...xml.matchAll(/<wp:docPr ([^>]*)\/>/g)].map((match) => {
    const attribute = (name: string) =>
      decode(new RegExp(`${name}="([^"]*)"`).exec(match[1]!)?.[1] ?? '');
    return { name: attribute('name'), descr: attribute('descr'), title: attribute('title') };
  });
}

/**
 * The firm's logo for the cover: a PNG or an SVG of at most 2 MB. Its natural size is read once
 * on upload (PNG header, or the SVG's own size) so the cover keeps its aspect ratio.
 */
import { AppError } from '@shared/ipc/errors';
import { LOGO_MAX_BYTES, type StoredLogo } from '@shared/report/settings';
import { svgSize } from './png';

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

export function readLogo(fileName: string, bytes: Uint8Array): StoredLogo {
  if (bytes.length > LOGO_MAX_BYTES) {
    throw new AppError('report.logoTooLarge', { maxMb: LOGO_MAX_BYTES / 1024 / 1024 });
  }
  if (PNG_SIGNATURE.every((byte, index) => bytes[index] === byte) && bytes.length > 24) {
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const width = view.getUint32(16);
    const height = view.getUint32(20);
    if (width === 0 || height === 0) throw new AppError('report.logoNotImage', { file: fileName });
    return { fileName, mimeType: 'image/png', bytes, width, height };
  }
  const text = new TextDecoder('utf-8', { fatal: false }).decode(bytes).trim();
  if (/<svg[\s>]/.test(text)) {
    const reference = externalReference(text);
    if (reference) throw new AppError('report.logoExternal', { file: fileName, reference });
    const size = svgSize(text);
    if (size) return { fileName, mimeType: 'image/svg+xml', bytes, ...size };
  }
  throw new AppError('report.logoNotImage', { file: fileName });
}

/**
 * What in an SVG would reach outside it, or null for a self-contained drawing. A logo is drawn
 * into the report's PNG by resvg, which follows references to files: an `<image>` or a link to
 * `file:///…` would copy another file of this computer into the client's report. Refused:
 * document type and entity declarations (also XML bombs), style sheets, `<image>`,
 * `<foreignObject>`, scripts, and every `href`, `src` or `url(…)` that does not point inside the
 * SVG itself (`#id`).
 */
export function externalReference(svg: string): string | null {
  const patterns: [RegExp, string][] = [
    [/<!DOCTYPE/i, '<!DOCTYPE>'],
    [/<!ENTITY/i, '<!ENTITY>'],
    [/<\?xml-stylesheet/i, '<?xml-stylesheet?>'],
    [/<(?:[\w-]+:)?image[\s/>]/i, '<image>'],
    [/<(?:[\w-]+:)?foreignObject[\s/>]/i, '<foreignObject>'],
    [/<(?:[\w-]+:)?script[\s/>]/i, '<script>'],
    [/@import/i, '@import'],
    [/\b(?:[\w-]+:)?(?:href|src)\s*=\s*(["'])\s*(?!#)[^"']*\1/i, 'href'],
    [/\b(?:[\w-]+:)?(?:href|src)\s*=\s*[^\s"'>#]/i, 'href'],
    [/url\(\s*(?:["']\s*)?(?!#)/i, 'url()'],
    [/&(?!(?:amp|lt|gt|quot|apos|#\d+|#x[\da-f]+);)[\w.-]+;/i, 'entity'],
  ];
  for (const [pattern, name] of patterns) if (pattern.test(svg)) return name;
  return null;
}

/** Logos stored before references were refused are left off the report rather than drawn. */
export function isSelfContainedLogo(logo: StoredLogo): boolean {
  return (
    logo.mimeType !== 'image/svg+xml' || !externalReference(new TextDecoder().decode(logo.bytes))
  );
}

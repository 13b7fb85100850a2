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
  // Entity declarations are how XML bombs and external-file tricks start: no logo needs them.
  if (/<svg[\s>]/.test(text) && !/<!ENTITY/i.test(text)) {
    const size = svgSize(text);
    if (size) return { fileName, mimeType: 'image/svg+xml', bytes, ...size };
  }
  throw new AppError('report.logoNotImage', { file: fileName });
}

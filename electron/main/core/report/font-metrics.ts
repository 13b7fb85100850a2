/**
 * The few numbers the report's page estimate needs from a font file (units per em, line height,
 * the advance width of each character), read with fontkit once and kept in a small cache file,
 * so a report does not load fontkit (about 100 ms of a command-line report) to read them again.
 *
 * The cache file is keyed by the font file's path, size and modification and change times: a font
 * that was updated or replaced is read again. Every width in it is the one fontkit gives
 * (`glyphForCodePoint(c).advanceWidth` for each character the font maps), so the page estimate is
 * the same with or without it; a character the font does not map (rare: its width is the
 * fallback glyph's) is asked of fontkit itself. A missing, unreadable or damaged cache file, or
 * a cache folder that cannot be written, only means fontkit is used as before.
 */
import { createHash } from 'node:crypto';
import { createRequire } from 'node:module';
import { mkdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type * as Fontkit from 'fontkit';
import type { Font } from 'fontkit';

export interface FaceMetrics {
  unitsPerEm: number;
  /** Single-spaced line height in em: (ascent − descent + line gap) / units per em. */
  lineHeight: number;
  /** The advance width of a character in em. */
  advance(codePoint: number): number;
}

/** Raised when the layout of a cache file changes: older files are then read as missing. */
const CACHE_FORMAT = 1;

interface CachedFace {
  format: number;
  file: string;
  size: number;
  mtimeMs: number;
  /** Changes whenever the file is replaced, also by a copy that keeps the modification time. */
  ctimeMs: number;
  unitsPerEm: number;
  ascent: number;
  descent: number;
  lineGap: number;
  /** The fallback glyph's advance width (font units), for when the font can no longer be read. */
  fallbackAdvance: number;
  /** Every character the font maps, with its advance width in font units at the same index. */
  codePoints: number[];
  advances: number[];
}

/** What identifies one version of a font file. */
type FileStamp = Pick<CachedFace, 'size' | 'mtimeMs' | 'ctimeMs'>;

// Not named `require`: the bundler adds its own `require` shim to ESM output.
const requireAtRunTime = createRequire(import.meta.url);

function openFont(path: string): Font | null {
  const fontkit = requireAtRunTime('fontkit') as typeof Fontkit;
  const opened = fontkit.openSync(path);
  return ('fonts' in opened ? opened.fonts[0] : opened) ?? null;
}

function cacheFileOf(cacheDir: string, fontPath: string): string {
  const name = createHash('sha256').update(fontPath).digest('hex').slice(0, 32);
  return join(cacheDir, `font-${name}.json`);
}

function isNumberArray(value: unknown): value is number[] {
  return Array.isArray(value) && value.every((entry) => typeof entry === 'number');
}

/** The cache file's metrics when it is intact and was made from this very font file. */
function readCache(cacheFile: string, fontPath: string, stat: FileStamp): CachedFace | null {
  let cached: Partial<CachedFace>;
  try {
    cached = JSON.parse(readFileSync(cacheFile, 'utf8')) as Partial<CachedFace>;
  } catch {
    return null;
  }
  const numbers = [
    cached.unitsPerEm,
    cached.ascent,
    cached.descent,
    cached.lineGap,
    cached.fallbackAdvance,
  ];
  const valid =
    cached !== null &&
    typeof cached === 'object' &&
    cached.format === CACHE_FORMAT &&
    cached.file === fontPath &&
    cached.size === stat.size &&
    cached.mtimeMs === stat.mtimeMs &&
    cached.ctimeMs === stat.ctimeMs &&
    numbers.every((value) => typeof value === 'number' && Number.isFinite(value)) &&
    cached.unitsPerEm! > 0 &&
    isNumberArray(cached.codePoints) &&
    isNumberArray(cached.advances) &&
    cached.codePoints.length === cached.advances.length;
  return valid ? (cached as CachedFace) : null;
}

function measureWithFontkit(font: Font, fontPath: string, stat: FileStamp) {
  const codePoints = [...font.characterSet];
  return {
    format: CACHE_FORMAT,
    file: fontPath,
    size: stat.size,
    mtimeMs: stat.mtimeMs,
    ctimeMs: stat.ctimeMs,
    unitsPerEm: font.unitsPerEm,
    ascent: font.ascent,
    descent: font.descent,
    lineGap: font.lineGap,
    fallbackAdvance: font.getGlyph(0).advanceWidth,
    codePoints,
    advances: codePoints.map((codePoint) => font.glyphForCodePoint(codePoint).advanceWidth),
  } satisfies CachedFace;
}

/** Written whole or not at all (a temporary file renamed), so a reader never sees half a file. */
function writeCache(cacheFile: string, cacheDir: string, face: CachedFace): void {
  const temporary = `${cacheFile}.${process.pid}.tmp`;
  try {
    mkdirSync(cacheDir, { recursive: true });
    writeFileSync(temporary, JSON.stringify(face));
    renameSync(temporary, cacheFile);
  } catch {
    // Speed only: the next report reads the font again.
    try {
      rmSync(temporary, { force: true });
    } catch {
      // Nothing was written.
    }
  }
}

/** A font file's metrics, from the cache in `cacheDir` or read with fontkit (and cached). */
export function loadFaceMetrics(fontPath: string, cacheDir: string): FaceMetrics | null {
  let stat: FileStamp;
  try {
    stat = statSync(fontPath);
  } catch {
    return null;
  }
  const cacheFile = cacheFileOf(cacheDir, fontPath);
  let font: Font | null = null;
  let cached = readCache(cacheFile, fontPath, stat);
  if (!cached) {
    try {
      font = openFont(fontPath);
    } catch {
      return null;
    }
    if (!font) return null;
    cached = measureWithFontkit(font, fontPath, stat);
    writeCache(cacheFile, cacheDir, cached);
  }
  const face: CachedFace = cached;
  const { unitsPerEm } = face;
  const fontkitAdvance = (codePoint: number): number | undefined => {
    try {
      font ??= openFont(fontPath);
      return font?.glyphForCodePoint(codePoint).advanceWidth;
    } catch {
      return undefined;
    }
  };
  const units = new Map<number, number>();
  for (let index = 0; index < face.codePoints.length; index++) {
    units.set(face.codePoints[index]!, face.advances[index]!);
  }
  return {
    unitsPerEm,
    lineHeight: (face.ascent - face.descent + face.lineGap) / unitsPerEm,
    advance(codePoint) {
      let width = units.get(codePoint);
      if (width === undefined) {
        // A character the font does not map: fontkit's answer (its fallback glyph), as before.
        width = fontkitAdvance(codePoint) ?? face.fallbackAdvance;
        units.set(codePoint, width);
      }
      return width / unitsPerEm;
    },
  };
}

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  copyFileSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type * as Fontkit from 'fontkit';
import type { Font } from 'fontkit';
import { loadFaceMetrics, type FaceMetrics } from '@main/core/report/font-metrics';
import { fontFilesOf } from '@main/core/report/fonts';
import { defaultCacheDir } from '@main/core/paths';

const fontkit = createRequire(import.meta.url)('fontkit') as typeof Fontkit;

/** Carlito (installed with the app's Linux dependencies), regular and bold. */
const carlito = fontFilesOf('Carlito');
const regularFile = carlito.find((file) => /Carlito-Regular\.ttf$/.test(file));
const boldFile = carlito.find((file) => /Carlito-Bold\.ttf$/.test(file));
const skipReason =
  regularFile && boldFile ? null : 'Carlito (fonts-crosextra-carlito) is not installed';

function openWithFontkit(path: string): Font {
  const opened = fontkit.openSync(path);
  return 'fonts' in opened ? opened.fonts[0]! : opened;
}

/** Latin, accents, punctuation, Greek, symbols, and characters Carlito does not have. */
const CODE_POINTS = [
  ...Array.from({ length: 0x600 }, (_, index) => index),
  0x2013,
  0x2014,
  0x2018,
  0x2019,
  0x201c,
  0x201d,
  0x2022,
  0x2026,
  0x20ac,
  0x2264,
  0x2265,
  0x4e2d,
  0x1f600,
  0x10ffff,
];

/** The page estimate's widths and line height, as fontkit gives them without any cache. */
function expectSameAsFontkit(metrics: FaceMetrics | null, font: Font): void {
  expect(metrics).not.toBeNull();
  expect(metrics!.unitsPerEm).toBe(font.unitsPerEm);
  expect(metrics!.lineHeight).toBe((font.ascent - font.descent + font.lineGap) / font.unitsPerEm);
  const widths = CODE_POINTS.map((codePoint) => metrics!.advance(codePoint));
  const expected = CODE_POINTS.map(
    (codePoint) => font.glyphForCodePoint(codePoint).advanceWidth / font.unitsPerEm,
  );
  expect(widths).toEqual(expected);
}

describe.skipIf(skipReason !== null)('the font metrics cache of the page estimate', () => {
  let dir: string;
  let cacheDir: string;
  let fontPath: string;
  let regular: Font;
  let bold: Font;

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'klantspiegel-font-metrics-'));
    cacheDir = join(dir, 'cache');
    fontPath = join(dir, 'House-Regular.ttf');
    copyFileSync(regularFile!, fontPath);
    regular = openWithFontkit(regularFile!);
    bold = openWithFontkit(boldFile!);
  });

  afterEach(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  const cacheFile = () => {
    const files = readdirSync(cacheDir);
    expect(files).toHaveLength(1);
    return join(cacheDir, files[0]!);
  };

  /** Changes the cached width of "A", to see whether a load used the cache file. */
  function markCachedWidthOfA(width: number): void {
    const file = cacheFile();
    const cached = JSON.parse(readFileSync(file, 'utf8')) as {
      codePoints: number[];
      advances: number[];
    };
    cached.advances[cached.codePoints.indexOf(65)] = width;
    writeFileSync(file, JSON.stringify(cached));
  }

  it('gives fontkit’s widths and line height when made, and when read back', () => {
    expectSameAsFontkit(loadFaceMetrics(fontPath, cacheDir), regular);
    expect(statSync(cacheFile()).size).toBeGreaterThan(0);
    expectSameAsFontkit(loadFaceMetrics(fontPath, cacheDir), regular);
  });

  it('is read instead of the font file while the font file is unchanged', () => {
    loadFaceMetrics(fontPath, cacheDir);
    markCachedWidthOfA(1234);
    expect(loadFaceMetrics(fontPath, cacheDir)!.advance(65)).toBe(1234 / regular.unitsPerEm);
  });

  it('is made again when the font file is replaced by another font', () => {
    loadFaceMetrics(fontPath, cacheDir);
    copyFileSync(boldFile!, fontPath);
    expectSameAsFontkit(loadFaceMetrics(fontPath, cacheDir), bold);
  });

  it('is made again when the font file is modified with the same size', () => {
    loadFaceMetrics(fontPath, cacheDir);
    markCachedWidthOfA(1234);
    const later = new Date(statSync(fontPath).mtimeMs + 60_000);
    utimesSync(fontPath, later, later);
    expectSameAsFontkit(loadFaceMetrics(fontPath, cacheDir), regular);
  });

  it('is made again when the font file is copied over with its old modification time', async () => {
    // A whole millisecond, so the restored time is exactly the cached one.
    const stamp = new Date('2024-03-01T12:00:00.000Z');
    utimesSync(fontPath, stamp, stamp);
    loadFaceMetrics(fontPath, cacheDir);
    markCachedWidthOfA(1234);
    // The change time has a coarse clock on some file systems: let it move on.
    await new Promise((resolve) => setTimeout(resolve, 20));
    copyFileSync(regularFile!, fontPath);
    utimesSync(fontPath, stamp, stamp);
    const cached = JSON.parse(readFileSync(cacheFile(), 'utf8')) as { mtimeMs: number };
    expect(statSync(fontPath).mtimeMs).toBe(cached.mtimeMs);
    expectSameAsFontkit(loadFaceMetrics(fontPath, cacheDir), regular);
  });

  it('falls back to the font file when the cache file is damaged, and repairs it', () => {
    loadFaceMetrics(fontPath, cacheDir);
    const file = cacheFile();
    writeFileSync(file, '{"format":1,"codePoints":[65');
    expectSameAsFontkit(loadFaceMetrics(fontPath, cacheDir), regular);
    expect(() => JSON.parse(readFileSync(file, 'utf8')) as unknown).not.toThrow();
    // Well-formed JSON of the wrong shape is not trusted either.
    const cached = JSON.parse(readFileSync(file, 'utf8')) as { advances: number[] };
    writeFileSync(file, JSON.stringify({ ...cached, advances: cached.advances.slice(1) }));
    expectSameAsFontkit(loadFaceMetrics(fontPath, cacheDir), regular);
  });

  it('still measures when the cache folder cannot be made', () => {
    const blocked = join(dir, 'not-a-folder');
    writeFileSync(blocked, '');
    expectSameAsFontkit(loadFaceMetrics(fontPath, join(blocked, 'cache')), regular);
  });

  it('has no metrics for a font file that does not exist or is no font', () => {
    expect(loadFaceMetrics(join(dir, 'missing.ttf'), cacheDir)).toBeNull();
    const notAFont = join(dir, 'Broken-Regular.ttf');
    writeFileSync(notAFont, 'not a font');
    expect(loadFaceMetrics(notAFont, cacheDir)).toBeNull();
  });
});

describe('the cache folder', () => {
  it('is the platform’s cache folder, or the one KLANTSPIEGEL_CACHE_DIR names', () => {
    expect(defaultCacheDir('linux', { XDG_CACHE_HOME: '/x/cache' })).toBe('/x/cache/Klantspiegel');
    expect(defaultCacheDir('win32', { LOCALAPPDATA: 'C:/Users/a/AppData/Local' })).toBe(
      join('C:/Users/a/AppData/Local', 'Klantspiegel', 'Cache'),
    );
    expect(defaultCacheDir('darwin', {})).toMatch(/Library[\\/]Caches[\\/]Klantspiegel$/);
    expect(defaultCacheDir('linux', { KLANTSPIEGEL_CACHE_DIR: '/elsewhere' })).toBe('/elsewhere');
  });
});

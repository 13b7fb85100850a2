/**
 * The font files resvg needs for the text in the charts: the house style's font and a few
 * metric-compatible fallbacks, found once per process. Giving resvg these few files instead of
 * letting it read every installed font makes each PNG several times faster to draw.
 */
import { readdirSync } from 'node:fs';
import { homedir, platform } from 'node:os';
import { join } from 'node:path';

/** Fallbacks, in order: Calibri's metric twin, Arial's, and fonts every Linux has. */
export const FALLBACK_FAMILIES = [
  'Carlito',
  'Liberation Sans',
  'Arial',
  'Helvetica',
  'DejaVu Sans',
];
const MAX_FILES = 20_000;

function fontDirectories(): string[] {
  const home = homedir();
  switch (platform()) {
    case 'win32':
      return [
        join(process.env.WINDIR ?? 'C:\\Windows', 'Fonts'),
        join(
          process.env.LOCALAPPDATA ?? join(home, 'AppData', 'Local'),
          'Microsoft',
          'Windows',
          'Fonts',
        ),
      ];
    case 'darwin':
      return ['/System/Library/Fonts', '/Library/Fonts', join(home, 'Library', 'Fonts')];
    default:
      return [
        '/usr/share/fonts',
        '/usr/local/share/fonts',
        join(home, '.fonts'),
        join(home, '.local', 'share', 'fonts'),
      ];
  }
}

let installed: string[] | null = null;

function installedFontFiles(): string[] {
  if (installed) return installed;
  const files: string[] = [];
  const walk = (dir: string, depth: number) => {
    if (depth > 4 || files.length >= MAX_FILES) return;
    let entries;
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch {
      return;
    }
    for (const entry of entries) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path, depth + 1);
      else if (/\.(ttf|otf|ttc)$/i.test(entry.name)) files.push(path);
    }
  };
  for (const dir of fontDirectories()) walk(dir, 0);
  installed = files;
  return files;
}

const squash = (name: string) => name.toLowerCase().replace(/[\s_-]+/g, '');

export interface ChartFonts {
  /** resvg's font options: the few files found, or the system's fonts when none is. */
  loadSystemFonts: boolean;
  fontFiles?: string[];
  defaultFontFamily?: string;
  sansSerifFamily?: string;
}

/** The installed font files of a family (all its faces), by file name. */
export function fontFilesOf(family: string): string[] {
  return installedFontFiles().filter((file) =>
    squash(file.split(/[\\/]/).pop() ?? '').startsWith(squash(family)),
  );
}

/** The files of the first installed ones of `families` (all their faces) plus the fallbacks. */
export function chartFonts(families: readonly string[]): ChartFonts {
  const filesOf = fontFilesOf;
  const found = [...new Set([...families, ...FALLBACK_FAMILIES])]
    .map((family) => ({ family, files: filesOf(family) }))
    .filter((entry) => entry.files.length > 0);
  if (found.length === 0) return { loadSystemFonts: true };
  const primary = found[0]!.family;
  return {
    loadSystemFonts: false,
    fontFiles: found.flatMap((entry) => entry.files),
    defaultFontFamily: primary,
    sansSerifFamily:
      found.find((entry) => FALLBACK_FAMILIES.includes(entry.family))?.family ?? primary,
  };
}

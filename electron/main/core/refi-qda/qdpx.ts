/**
 * The .qdpx file: a zip archive with project.qde (the project XML) and sources/ (each text
 * source's plain text, UTF-8). Reading is bounded: a file that would unpack to too much, or has
 * too many entries, is refused before anything is decompressed.
 */
import { strFromU8, strToU8, unzipSync, zipSync, type Zippable } from 'fflate';
import { AppError } from '@shared/ipc/errors';
import type { QdaNote, QdaProject, QdaSource } from './model';
import { MAX_XML_CHARS, parseProjectXml, projectXml } from './xml';

export const QDPX_LIMITS = {
  entries: 20_000,
  /** Unpacked size of everything read. */
  totalBytes: 512 * 1024 * 1024,
  /** One source text. */
  sourceBytes: 32 * 1024 * 1024,
} as const;

const PROJECT_FILE = 'project.qde';

export function writeQdpx(project: QdaProject): Uint8Array {
  const files: Zippable = { [PROJECT_FILE]: strToU8(projectXml(project)) };
  const sources: Zippable = {};
  for (const source of project.sources) sources[`${source.guid}.txt`] = strToU8(source.text);
  if (project.sources.length > 0) files.sources = sources;
  // A fixed time in the zip headers: the same engagement exports to the same bytes.
  return zipSync(files, { level: 6, mtime: new Date('2020-01-01T00:00:00Z') });
}

/** Where an internal:// path points inside the archive (tools differ on the sources/ prefix). */
function entryNames(path: string): string[] {
  const name = path.replace(/^internal:\/\//i, '').replace(/^\/+/, '');
  return [`sources/${name}`, name];
}

export interface ReadProject {
  project: QdaProject;
  /** Text sources whose text was missing, and sources of other kinds: left out. */
  skippedSources: number;
}

export function readQdpx(bytes: Uint8Array): ReadProject {
  let entries: Record<string, Uint8Array>;
  let total = 0;
  let count = 0;
  try {
    entries = unzipSync(bytes, {
      filter: (file) => {
        count++;
        total += file.originalSize;
        if (count > QDPX_LIMITS.entries || total > QDPX_LIMITS.totalBytes) {
          throw new AppError('exchange.tooLarge');
        }
        // Only the project and plain texts are read; media files stay packed.
        return file.name === PROJECT_FILE || /\.txt$/i.test(file.name);
      },
    });
  } catch (error) {
    if (error instanceof AppError) throw error;
    throw new AppError('exchange.notQdpx');
  }
  const projectBytes = entries[PROJECT_FILE];
  if (!projectBytes) throw new AppError('exchange.notQdpx');
  if (projectBytes.length > MAX_XML_CHARS) throw new AppError('exchange.tooLarge');
  const parsed = parseProjectXml(strFromU8(projectBytes));
  const readText = (path: string | null, inline: string): string | null => {
    if (!path) return inline || null;
    for (const name of entryNames(path)) {
      const file = entries[name];
      if (file) {
        if (file.length > QDPX_LIMITS.sourceBytes) throw new AppError('exchange.tooLarge');
        return strFromU8(file).replace(/^\uFEFF/, '');
      }
    }
    return null;
  };
  const sources: QdaSource[] = [];
  let skippedSources = parsed.otherSources;
  for (const { textPath, ...source } of parsed.sources) {
    const text = readText(textPath, source.text);
    if (text === null) skippedSources++;
    else sources.push({ ...source, text });
  }
  const notes: QdaNote[] = parsed.notes.map(({ textPath, ...note }) => ({
    ...note,
    text: readText(textPath, note.text) ?? '',
  }));
  const { otherSources: _others, ...rest } = parsed;
  return { project: { ...rest, sources, notes }, skippedSources };
}

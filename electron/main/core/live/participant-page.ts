import { readFileSync } from 'node:fs';
import { extname, join, posix } from 'node:path';
import { AppError } from '@shared/ipc/errors';

/** The participant page of the built renderer (renderer/participant.html). */
export const PARTICIPANT_HTML = 'participant.html';

const CONTENT_TYPES: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
};

export interface PageFile {
  type: string;
  body: Buffer;
}

/**
 * Exactly the files the participant page needs, read once into memory: its HTML and the scripts
 * and style sheets it references (directly, or as an import of one of its scripts). Nothing else
 * of the built app can be fetched from the live server, because nothing else is in this map.
 */
export interface ParticipantPage {
  html: Buffer;
  /** Keyed by path relative to the page, e.g. "assets/participant-1a2b.js". */
  files: Map<string, PageFile>;
}

// `src="./assets/x.js"`, `href="./assets/x.css"` in the HTML.
const HTML_REFERENCE = /(?:src|href)="\.\/([A-Za-z0-9_./-]+\.(?:js|css))"/g;
// `from"./chunk.js"`, `import("./chunk.js")`, `"./chunk.css"` inside a bundle.
const SCRIPT_REFERENCE = /["'`]\.\/([A-Za-z0-9_.-]+\.(?:js|css))["'`]/g;

export function loadParticipantPage(staticDir: string): ParticipantPage {
  let html: Buffer;
  try {
    html = readFileSync(join(staticDir, PARTICIPANT_HTML));
  } catch {
    throw new AppError('live.pageMissing');
  }
  const files = new Map<string, PageFile>();
  const pending = [...html.toString('utf8').matchAll(HTML_REFERENCE)].map((match) =>
    posix.normalize(match[1]!),
  );
  while (pending.length > 0) {
    const path = pending.pop()!;
    if (files.has(path) || path.startsWith('..') || path.startsWith('/')) continue;
    const type = CONTENT_TYPES[extname(path)];
    if (!type) continue;
    let body: Buffer;
    try {
      body = readFileSync(join(staticDir, path));
    } catch {
      throw new AppError('live.pageMissing');
    }
    files.set(path, { type, body });
    if (path.endsWith('.js')) {
      const folder = posix.dirname(path);
      for (const match of body.toString('utf8').matchAll(SCRIPT_REFERENCE)) {
        pending.push(posix.normalize(posix.join(folder, match[1]!)));
      }
    }
  }
  return { html, files };
}

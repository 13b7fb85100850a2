import type { WorkspaceDb } from '../db/open-workspace';
import { AppError } from '@shared/ipc/errors';
import { parseGuide, type Guide } from '@shared/content/guides';
import {
  copyName,
  parseGuideRef,
  shippedGuideRef,
  workspaceGuideRef,
  type DimensionOption,
  type GuideEntry,
} from '@shared/interviews/guides';
import { parseInstrumentFile } from '@shared/questionnaire/instrument-file';
// Imported, not read from disk, so the shipped guides are part of the bundle everywhere.
import reflectionGuide from '@resources/guides/reflectiegesprek-klant.json';
import internalGuide from '@resources/guides/intern-interview.json';
import customerGuide from '@resources/guides/klantinterview.json';
import sessionGuide from '@resources/guides/interne-klantsessie.json';
import staffInstrument from '@resources/instruments/klantgerichtheidsscan.json';

interface GuideRow {
  id: number;
  copied_from: string | null;
  definition_json: string;
  updated_at: string;
}

function parseShipped(json: unknown): Guide {
  const result = parseGuide(json);
  if (!result.ok) throw new Error(`A shipped guide is invalid: ${result.problems[0]?.message}`);
  return result.guide;
}

let shippedCache: GuideEntry[] | null = null;

/** The guides that come with Klantspiegel, in the order interviews are usually held. */
export function shippedGuides(): GuideEntry[] {
  shippedCache ??= [reflectionGuide, internalGuide, customerGuide, sessionGuide].map((json) => {
    const guide = parseShipped(json);
    return {
      ref: shippedGuideRef(guide.id),
      guide,
      editable: false,
      copiedFrom: null,
      updatedAt: null,
    };
  });
  return shippedCache;
}

let dimensionCache: DimensionOption[] | null = null;

/** The dimensions of the shipped questionnaire, which guide questions and themes refer to. */
export function questionnaireDimensions(): DimensionOption[] {
  if (!dimensionCache) {
    const result = parseInstrumentFile(staffInstrument);
    dimensionCache = result.ok
      ? result.instrument.dimensions.map(({ code, name }) => ({ code, name }))
      : [];
  }
  return dimensionCache;
}

/** Shipped guides (read-only) and the consultant's own guides stored in the workspace. */
export class GuideRepository {
  constructor(
    private readonly db: WorkspaceDb,
    private readonly now: () => string,
  ) {}

  listWorkspace(): GuideEntry[] {
    return this.db
      .prepare<[], GuideRow>('SELECT * FROM interview_guides ORDER BY updated_at DESC, id DESC')
      .all()
      .map(toEntry);
  }

  /** Any guide by its reference; throws notFound for an unknown one. */
  resolve(ref: string): GuideEntry {
    const parsed = parseGuideRef(ref);
    const entry =
      parsed?.source === 'shipped'
        ? shippedGuides().find((candidate) => candidate.ref === ref)
        : parsed?.source === 'workspace'
          ? this.find(parsed.id)
          : undefined;
    if (!entry) throw new AppError('errors.notFound', { what: 'guide', id: ref });
    return entry;
  }

  get(id: number): GuideEntry {
    const entry = this.find(id);
    if (!entry) throw new AppError('errors.notFound', { what: 'guide', id });
    return entry;
  }

  copy(ref: string): GuideEntry {
    const source = this.resolve(ref);
    const guide: Guide = {
      ...structuredClone(source.guide),
      id: `${source.guide.id}-copy`,
      version: 1,
      name: copyName(source.guide.name),
    };
    const timestamp = this.now();
    const result = this.db
      .prepare(
        `INSERT INTO interview_guides (copied_from, definition_json, created_at, updated_at)
         VALUES (?, ?, ?, ?)`,
      )
      .run(source.ref, JSON.stringify(guide), timestamp, timestamp);
    return this.get(Number(result.lastInsertRowid));
  }

  save(id: number, guide: Guide): GuideEntry {
    const result = this.db
      .prepare('UPDATE interview_guides SET definition_json = ?, updated_at = ? WHERE id = ?')
      .run(JSON.stringify(guide), this.now(), id);
    if (result.changes === 0) throw new AppError('errors.notFound', { what: 'guide', id });
    return this.get(id);
  }

  /** Interviews keep their own copy of the guide they used, so deleting one loses no notes. */
  delete(id: number): void {
    const result = this.db.prepare('DELETE FROM interview_guides WHERE id = ?').run(id);
    if (result.changes === 0) throw new AppError('errors.notFound', { what: 'guide', id });
  }

  private find(id: number): GuideEntry | undefined {
    const row = this.db
      .prepare<[number], GuideRow>('SELECT * FROM interview_guides WHERE id = ?')
      .get(id);
    return row ? toEntry(row) : undefined;
  }
}

function toEntry(row: GuideRow): GuideEntry {
  return {
    ref: workspaceGuideRef(row.id),
    guide: JSON.parse(row.definition_json) as Guide,
    editable: true,
    copiedFrom: row.copied_from,
    updatedAt: row.updated_at,
  };
}

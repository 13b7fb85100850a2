import type { WorkspaceDb } from '../db/open-workspace';
import { AppError } from '@shared/ipc/errors';
import type { NormSet, TipLibrary } from '@shared/content';
import { builtinNormSets, builtinTipLibrary } from '../content/builtin-content';

export interface StoredNormSet {
  id: number;
  builtin: boolean;
  normSet: NormSet;
}

const TIP_LIBRARY_KEY = 'default';

/** Norm sets to compare scores with, and the consultant's editable library of tips. */
export class BenchmarkRepository {
  constructor(
    private readonly db: WorkspaceDb,
    private readonly now: () => string = () => new Date().toISOString(),
  ) {}

  ensureBuiltins(): void {
    const count = this.db
      .prepare<[], { n: number }>('SELECT count(*) AS n FROM norm_sets WHERE builtin = 1')
      .get();
    if ((count?.n ?? 0) > 0) return;
    this.db.transaction(() => {
      for (const normSet of builtinNormSets()) this.insertNormSet(normSet, true);
    })();
  }

  listNormSets(): StoredNormSet[] {
    return this.db
      .prepare<[], { id: number; builtin: number; definition_json: string }>(
        'SELECT id, builtin, definition_json FROM norm_sets ORDER BY builtin DESC, id',
      )
      .all()
      .map((row) => ({
        id: row.id,
        builtin: row.builtin === 1,
        normSet: JSON.parse(row.definition_json) as NormSet,
      }));
  }

  getNormSet(id: number): StoredNormSet {
    const found = this.listNormSets().find((stored) => stored.id === id);
    if (!found) throw new AppError('errors.notFound', { what: 'normSet', id });
    return found;
  }

  insertNormSet(normSet: NormSet, builtin = false): number {
    const result = this.db
      .prepare(
        'INSERT INTO norm_sets (instrument_key, builtin, definition_json, created_at) VALUES (?, ?, ?, ?)',
      )
      .run(normSet.instrument, builtin ? 1 : 0, JSON.stringify(normSet), this.now());
    return Number(result.lastInsertRowid);
  }

  deleteNormSet(id: number): void {
    if (this.getNormSet(id).builtin) throw new AppError('norms.builtinReadOnly');
    this.db.prepare('DELETE FROM norm_sets WHERE id = ?').run(id);
  }

  /** The consultant's tips: the shipped library until they edit it. */
  tipLibrary(): { library: TipLibrary; edited: boolean } {
    const row = this.db
      .prepare<[string], { definition_json: string }>(
        'SELECT definition_json FROM tip_libraries WHERE instrument_key = ?',
      )
      .get(TIP_LIBRARY_KEY);
    return row
      ? { library: JSON.parse(row.definition_json) as TipLibrary, edited: true }
      : { library: builtinTipLibrary(), edited: false };
  }

  saveTipLibrary(library: TipLibrary): void {
    this.db
      .prepare(
        `INSERT INTO tip_libraries (instrument_key, definition_json, updated_at) VALUES (?, ?, ?)
         ON CONFLICT (instrument_key) DO UPDATE SET definition_json = excluded.definition_json,
           updated_at = excluded.updated_at`,
      )
      .run(TIP_LIBRARY_KEY, JSON.stringify(library), this.now());
  }

  resetTipLibrary(): void {
    this.db.prepare('DELETE FROM tip_libraries WHERE instrument_key = ?').run(TIP_LIBRARY_KEY);
  }
}

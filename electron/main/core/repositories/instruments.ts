import type { WorkspaceDb } from '../db/open-workspace';
import { AppError } from '@shared/ipc/errors';
import {
  withIdentity,
  type Instrument,
  type StoredInstrument,
} from '@shared/questionnaire/instrument';
import type {
  EngagementInstrument,
  InstrumentSummary,
} from '@shared/questionnaire/instrument-summary';
import { builtinInstrumentVersions, builtinInstruments } from '../content/builtin-content';
import type { RespondentRepository } from './respondents';

/** An instrument version attached to an engagement, with its definition. */
export interface AttachedDefinition {
  id: number;
  key: string;
  version: number;
  instrument: Instrument;
}

interface InstrumentRow {
  id: number;
  instrument_key: string;
  version: number;
  builtin: number;
  definition_json: string;
  created_at: string;
}

type RespondentCounts = Pick<
  RespondentRepository,
  'countsForInstruments' | 'countForInstrument' | 'countByInstrument'
>;

/**
 * Instrument versions. A version that has responses is locked: saving an edit then creates the
 * next version, so scores computed from the old one stay reproducible.
 */
export class InstrumentRepository {
  constructor(
    private readonly db: WorkspaceDb,
    /** Respondents are counted in one place: the respondent repository. */
    private readonly respondents: RespondentCounts,
    private readonly now: () => string = () => new Date().toISOString(),
  ) {}

  /** Adds the shipped instruments that are not in the workspace yet (idempotent). */
  ensureBuiltins(): void {
    const exists = this.db.prepare<[string, number], { id: number }>(
      'SELECT id FROM instruments WHERE instrument_key = ? AND version = ?',
    );
    const stored = builtinInstrumentVersions().every(
      ({ id, version }) => exists.get(id, version) !== undefined,
    );
    if (stored) return;
    this.db.transaction(() => {
      for (const instrument of builtinInstruments()) {
        if (!exists.get(instrument.id, instrument.version)) this.insert(instrument, true);
      }
    })();
  }

  list(): InstrumentSummary[] {
    const counts = this.respondents.countsForInstruments();
    return this.db
      .prepare<[], InstrumentRow>('SELECT * FROM instruments ORDER BY instrument_key, version')
      .all()
      .map((row) => toSummary(row, counts.get(row.id) ?? 0));
  }

  get(id: number): { summary: InstrumentSummary; instrument: Instrument } {
    const row = this.db
      .prepare<[number], InstrumentRow>('SELECT * FROM instruments WHERE id = ?')
      .get(id);
    if (!row) throw new AppError('errors.notFound', { what: 'instrument', id });
    const count = this.respondents.countForInstrument(row.id);
    return { summary: toSummary(row, count), instrument: definitionOf(row) };
  }

  /** The newest version of an instrument key, e.g. for `--instrument klantgerichtheidsscan`. */
  latestByKey(key: string): number | undefined {
    return this.db
      .prepare<[string], { id: number }>(
        'SELECT id FROM instruments WHERE instrument_key = ? ORDER BY version DESC LIMIT 1',
      )
      .get(key)?.id;
  }

  /** Stores an instrument read from a file; a key that exists gets the next free version. */
  importInstrument(instrument: Instrument): number {
    return this.db.transaction(() => {
      const version = this.nextVersion(instrument.id, instrument.version);
      return this.insert({ ...instrument, version }, false);
    })();
  }

  /**
   * A consultant's own copy of an instrument, under a new key, starting at version 1. The copy
   * keeps its lineage: the family, the statement ids and the links to staff statements, so its
   * answers stay comparable with the original's, statement by statement.
   */
  copy(id: number, newKey: string, name: Instrument['name']): number {
    const { instrument } = this.get(id);
    if (this.latestByKey(newKey) !== undefined)
      throw new AppError('instrument.keyExists', { key: newKey });
    return this.insert(
      {
        ...instrument,
        id: newKey,
        version: 1,
        name,
        derivedFrom: { id: instrument.id, version: instrument.version },
      },
      false,
    );
  }

  /**
   * Saves an edit. Built-in instruments are never edited (copy them first); a version with
   * responses is kept as it is and the edit becomes a new version.
   */
  saveEdit(id: number, edited: Instrument): { id: number; newVersion: boolean } {
    return this.db.transaction(() => {
      const { summary, instrument: stored } = this.get(id);
      if (summary.builtin) throw new AppError('instrument.builtinReadOnly');
      // Family and lineage are not the editor's to change.
      const definition = {
        ...edited,
        id: summary.key,
        family: stored.family,
        derivedFrom: stored.derivedFrom,
      };
      if (summary.respondentCount === 0) {
        this.db
          .prepare('UPDATE instruments SET definition_json = ? WHERE id = ?')
          .run(JSON.stringify({ ...definition, version: summary.version }), id);
        return { id, newVersion: false };
      }
      const version = this.nextVersion(summary.key, summary.version + 1);
      return { id: this.insert({ ...definition, version }, false), newVersion: true };
    })();
  }

  delete(id: number): void {
    const { summary } = this.get(id);
    if (summary.builtin) throw new AppError('instrument.builtinReadOnly');
    if (summary.respondentCount > 0) throw new AppError('instrument.hasResponses');
    this.db.transaction(() => {
      this.db.prepare('DELETE FROM engagement_instruments WHERE instrument_id = ?').run(id);
      this.db.prepare('DELETE FROM instruments WHERE id = ?').run(id);
    })();
  }

  /**
   * The instruments an engagement uses, in the order they were added, with the respondents of
   * this engagement (the summary's own count is over every engagement: it decides the lock).
   */
  forEngagement(engagementId: number): EngagementInstrument[] {
    const all = this.respondents.countsForInstruments();
    const here = this.respondents.countByInstrument(engagementId);
    return this.attachedRows(engagementId).map((row) => ({
      ...toSummary(row, all.get(row.id) ?? 0),
      engagementRespondents: here.get(row.id) ?? 0,
    }));
  }

  /**
   * The instrument versions attached to an engagement, in order, with their definitions: what an
   * analysis needs, without a summary's counts over every engagement (whether a version is
   * locked), which scan all respondents of the workspace.
   */
  attachedDefinitions(engagementId: number): AttachedDefinition[] {
    return this.attachedRows(engagementId).map((row) => ({
      id: row.id,
      key: row.instrument_key,
      version: row.version,
      instrument: definitionOf(row),
    }));
  }

  /** The rows of the instruments attached to an engagement, in the order they were added. */
  private attachedRows(engagementId: number): InstrumentRow[] {
    return this.db
      .prepare<[number], InstrumentRow>(
        `SELECT i.* FROM instruments i JOIN engagement_instruments ei ON ei.instrument_id = i.id
         WHERE ei.engagement_id = ? ORDER BY ei.position`,
      )
      .all(engagementId);
  }

  attach(engagementId: number, instrumentId: number): void {
    this.get(instrumentId);
    this.db
      .prepare(
        `INSERT OR IGNORE INTO engagement_instruments (engagement_id, instrument_id, position)
         VALUES (?, ?, (SELECT coalesce(max(position), -1) + 1 FROM engagement_instruments
                        WHERE engagement_id = ?))`,
      )
      .run(engagementId, instrumentId, engagementId);
  }

  detach(engagementId: number, instrumentId: number): void {
    if ((this.respondents.countByInstrument(engagementId).get(instrumentId) ?? 0) > 0) {
      throw new AppError('instrument.hasResponses');
    }
    this.db
      .prepare('DELETE FROM engagement_instruments WHERE engagement_id = ? AND instrument_id = ?')
      .run(engagementId, instrumentId);
  }

  private nextVersion(key: string, wanted: number): number {
    const max = this.db
      .prepare<[string], { v: number | null }>(
        'SELECT max(version) AS v FROM instruments WHERE instrument_key = ?',
      )
      .get(key)?.v;
    return max == null ? wanted : Math.max(wanted, max + 1);
  }

  private insert(instrument: Instrument, builtin: boolean): number {
    const result = this.db
      .prepare(
        `INSERT INTO instruments (instrument_key, version, builtin, definition_json, created_at)
         VALUES (?, ?, ?, ?, ?)`,
      )
      .run(
        instrument.id,
        instrument.version,
        builtin ? 1 : 0,
        JSON.stringify(instrument),
        this.now(),
      );
    return Number(result.lastInsertRowid);
  }
}

/** The stored definition, with statement ids for versions stored before they existed. */
function definitionOf(row: InstrumentRow): Instrument {
  return withIdentity(JSON.parse(row.definition_json) as StoredInstrument);
}

function toSummary(row: InstrumentRow, respondentCount: number): InstrumentSummary {
  const instrument = definitionOf(row);
  return {
    id: row.id,
    key: row.instrument_key,
    version: row.version,
    builtin: row.builtin === 1,
    name: instrument.name,
    audience: instrument.audience,
    family: instrument.family,
    derivedFrom: instrument.derivedFrom,
    dimensionCount: instrument.dimensions.length,
    itemCount: instrument.items.length,
    respondentCount,
    locked: row.builtin === 1 || respondentCount > 0,
    createdAt: row.created_at,
  };
}

import type { WorkspaceDb } from '../db/open-workspace';
import { AppError } from '@shared/ipc/errors';
import {
  uniqueGroupNames,
  validateDateOrder,
  type Engagement,
  type EngagementStatus,
  type EngagementSummary,
  type Group,
  type GroupKind,
} from '@shared/engagements/model';
import type { Language } from '@shared/questionnaire/instrument';

interface EngagementRow {
  id: number;
  client_name: string;
  sector: string;
  consultants_json: string;
  start_date: string | null;
  end_date: string | null;
  language: Language;
  status: EngagementStatus;
  notes: string;
  is_sample: number;
  anonymity_threshold: number;
  min_answered_fraction: number;
  norm_set_id: number | null;
  created_at: string;
  updated_at: string;
  group_count?: number;
}

interface GroupRow {
  id: number;
  engagement_id: number;
  name: string;
  kind: GroupKind;
  description: string;
  position: number;
  invited_count: number | null;
}

export interface NewEngagement {
  clientName: string;
  sector: string;
  consultants: string[];
  startDate: string | null;
  endDate: string | null;
  language: Language;
  status: EngagementStatus;
  notes: string;
  isSample?: boolean;
  anonymityThreshold?: number;
  minAnsweredFraction?: number;
  normSetId?: number | null;
  groups: GroupFields[];
}

/** A group as it is written: invited is optional where older callers do not know it. */
export interface GroupFields {
  name: string;
  kind: GroupKind;
  description: string;
  invited?: number | null | undefined;
}

export type EngagementChanges = Partial<Omit<NewEngagement, 'groups' | 'isSample'>>;

export interface ListQuery {
  search: string;
  status: EngagementStatus | 'all';
  sort: 'updated' | 'client' | 'start';
}

const ORDER_BY: Record<ListQuery['sort'], string> = {
  updated: 'e.updated_at DESC, e.id DESC',
  client: 'e.client_name COLLATE NOCASE ASC, e.id ASC',
  start: 'e.start_date IS NULL, e.start_date DESC, e.id DESC',
};

/** Engagements and their groups. All writes are synchronous transactions. */
export class EngagementRepository {
  constructor(
    private readonly db: WorkspaceDb,
    private readonly now: () => string = () => new Date().toISOString(),
  ) {}

  list(query: ListQuery): EngagementSummary[] {
    const pattern = `%${escapeLike(query.search.trim())}%`;
    const rows = this.db
      .prepare<[string, string, string, string], EngagementRow>(
        `SELECT e.*, (SELECT count(*) FROM groups g WHERE g.engagement_id = e.id) AS group_count
         FROM engagements e
         WHERE (? = 'all' OR e.status = ?)
           AND (e.client_name LIKE ? ESCAPE '\\' OR e.sector LIKE ? ESCAPE '\\')
         ORDER BY ${ORDER_BY[query.sort]}`,
      )
      .all(query.status, query.status, pattern, pattern);
    return rows.map((row) => {
      const { notes: _notes, groups: _groups, ...summary } = toEngagement(row, []);
      return { ...summary, groupCount: row.group_count ?? 0 };
    });
  }

  get(id: number): Engagement {
    const row = this.db
      .prepare<[number], EngagementRow>('SELECT * FROM engagements WHERE id = ?')
      .get(id);
    if (!row) throw new AppError('errors.notFound', { what: 'engagement', id });
    return toEngagement(row, this.groupsOf(id));
  }

  create(input: NewEngagement): Engagement {
    if (!uniqueGroupNames(input.groups)) throw new AppError('group.duplicateName');
    const id = this.db.transaction(() => {
      const timestamp = this.now();
      const result = this.db
        .prepare(
          `INSERT INTO engagements (client_name, sector, consultants_json, start_date, end_date,
             language, status, notes, is_sample, anonymity_threshold, min_answered_fraction,
             norm_set_id, created_at, updated_at)
           VALUES (@clientName, @sector, @consultants, @startDate, @endDate, @language, @status,
             @notes, @isSample, @anonymityThreshold, @minAnsweredFraction, @normSetId,
             @timestamp, @timestamp)`,
        )
        .run({
          clientName: input.clientName,
          sector: input.sector,
          consultants: JSON.stringify(input.consultants),
          startDate: input.startDate,
          endDate: input.endDate,
          language: input.language,
          status: input.status,
          notes: input.notes,
          isSample: input.isSample ? 1 : 0,
          anonymityThreshold: input.anonymityThreshold ?? 5,
          minAnsweredFraction: input.minAnsweredFraction ?? 0.5,
          normSetId: input.normSetId ?? null,
          timestamp,
        });
      const engagementId = Number(result.lastInsertRowid);
      const insertGroup = this.db.prepare(
        `INSERT INTO groups (engagement_id, name, kind, description, position, invited_count)
         VALUES (?, ?, ?, ?, ?, ?)`,
      );
      input.groups.forEach((group, position) =>
        insertGroup.run(
          engagementId,
          group.name,
          group.kind,
          group.description,
          position,
          group.invited ?? null,
        ),
      );
      return engagementId;
    })();
    return this.get(id);
  }

  update(id: number, changes: EngagementChanges): Engagement {
    return this.db.transaction(() => {
      const current = this.get(id);
      const next = { ...current, ...definedOnly(changes) };
      if (!validateDateOrder(next)) {
        throw new AppError('errors.validation', {}, [
          { path: 'endDate', message: 'date.endBeforeStart' },
        ]);
      }
      this.db
        .prepare(
          `UPDATE engagements SET client_name = @clientName, sector = @sector,
             consultants_json = @consultants, start_date = @startDate, end_date = @endDate,
             language = @language, status = @status, notes = @notes,
             anonymity_threshold = @anonymityThreshold, min_answered_fraction = @minAnsweredFraction,
             norm_set_id = @normSetId, updated_at = @updatedAt
           WHERE id = @id`,
        )
        .run({
          id,
          clientName: next.clientName,
          sector: next.sector,
          consultants: JSON.stringify(next.consultants),
          startDate: next.startDate,
          endDate: next.endDate,
          language: next.language,
          status: next.status,
          notes: next.notes,
          anonymityThreshold: next.anonymityThreshold,
          minAnsweredFraction: next.minAnsweredFraction,
          normSetId: next.normSetId,
          updatedAt: this.now(),
        });
      return this.get(id);
    })();
  }

  delete(id: number): void {
    const result = this.db.prepare('DELETE FROM engagements WHERE id = ?').run(id);
    if (result.changes === 0) throw new AppError('errors.notFound', { what: 'engagement', id });
  }

  saveGroup(engagementId: number, group: GroupFields & { id?: number | undefined }): Engagement {
    this.db.transaction(() => {
      const engagement = this.get(engagementId);
      const others = engagement.groups.filter((existing) => existing.id !== group.id);
      if (!uniqueGroupNames([...others, group])) {
        throw new AppError('group.duplicateName', { name: group.name });
      }
      if (group.id !== undefined) {
        if (!engagement.groups.some((existing) => existing.id === group.id)) {
          throw new AppError('errors.notFound', { what: 'group', id: group.id });
        }
        this.db
          .prepare(
            `UPDATE groups SET name = ?, kind = ?, description = ?,
               invited_count = CASE WHEN ? THEN ? ELSE invited_count END
             WHERE id = ?`,
          )
          .run(
            group.name,
            group.kind,
            group.description,
            group.invited === undefined ? 0 : 1,
            group.invited ?? null,
            group.id,
          );
      } else {
        const position =
          Math.max(-1, ...engagement.groups.map((existing) => existing.position)) + 1;
        this.db
          .prepare(
            `INSERT INTO groups (engagement_id, name, kind, description, position, invited_count)
             VALUES (?, ?, ?, ?, ?, ?)`,
          )
          .run(
            engagementId,
            group.name,
            group.kind,
            group.description,
            position,
            group.invited ?? null,
          );
      }
      this.touch(engagementId);
    })();
    return this.get(engagementId);
  }

  deleteGroup(engagementId: number, groupId: number): Engagement {
    this.db.transaction(() => {
      const hasRespondents = this.db
        .prepare<[number], { n: number }>(
          'SELECT count(*) AS n FROM respondents WHERE group_id = ?',
        )
        .get(groupId);
      if ((hasRespondents?.n ?? 0) > 0) {
        throw new AppError('group.hasRespondents', { count: hasRespondents?.n ?? 0 });
      }
      const result = this.db
        .prepare('DELETE FROM groups WHERE id = ? AND engagement_id = ?')
        .run(groupId, engagementId);
      if (result.changes === 0)
        throw new AppError('errors.notFound', { what: 'group', id: groupId });
      this.touch(engagementId);
    })();
    return this.get(engagementId);
  }

  moveGroup(engagementId: number, groupId: number, direction: 'up' | 'down'): Engagement {
    this.db.transaction(() => {
      const groups = this.groupsOf(engagementId);
      const index = groups.findIndex((group) => group.id === groupId);
      if (index < 0) throw new AppError('errors.notFound', { what: 'group', id: groupId });
      const swapWith = direction === 'up' ? index - 1 : index + 1;
      const current = groups[index];
      const other = groups[swapWith];
      if (!current || !other) return;
      const setPosition = this.db.prepare('UPDATE groups SET position = ? WHERE id = ?');
      setPosition.run(other.position, current.id);
      setPosition.run(current.position, other.id);
      this.touch(engagementId);
    })();
    return this.get(engagementId);
  }

  private groupsOf(engagementId: number): Group[] {
    return this.db
      .prepare<[number], GroupRow>(
        'SELECT * FROM groups WHERE engagement_id = ? ORDER BY position, id',
      )
      .all(engagementId)
      .map((row) => ({
        id: row.id,
        engagementId: row.engagement_id,
        name: row.name,
        kind: row.kind,
        description: row.description,
        position: row.position,
        invited: row.invited_count,
      }));
  }

  private touch(engagementId: number) {
    this.db
      .prepare('UPDATE engagements SET updated_at = ? WHERE id = ?')
      .run(this.now(), engagementId);
  }
}

function toEngagement(row: EngagementRow, groups: Group[]): Engagement {
  return {
    id: row.id,
    clientName: row.client_name,
    sector: row.sector,
    consultants: JSON.parse(row.consultants_json) as string[],
    startDate: row.start_date,
    endDate: row.end_date,
    language: row.language,
    status: row.status,
    notes: row.notes,
    isSample: row.is_sample === 1,
    anonymityThreshold: row.anonymity_threshold,
    minAnsweredFraction: row.min_answered_fraction,
    normSetId: row.norm_set_id,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    groups,
  };
}

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (character) => `\\${character}`);
}

function definedOnly<T extends object>(changes: T): Partial<T> {
  return Object.fromEntries(
    Object.entries(changes).filter(([, value]) => value !== undefined),
  ) as Partial<T>;
}

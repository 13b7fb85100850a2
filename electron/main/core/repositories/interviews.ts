import type { WorkspaceDb } from '../db/open-workspace';
import { AppError } from '@shared/ipc/errors';
import type { Language } from '@shared/questionnaire/instrument';
import {
  SECTION_KEY_PATTERN,
  type Interview,
  type InterviewDetail,
  type InterviewFields,
  type InterviewSummary,
  type NewInterview,
  type NoteSection,
} from '@shared/interviews/model';
import { wordCount, type NoteDoc } from '@shared/interviews/note-doc';
import { noteText } from '@shared/interviews/note-text';
import { noteSections } from '@shared/interviews/guides';
import { GuideRepository } from './interviews-guides';
import { QuoteRepository } from './interviews-quotes';
import { InterviewSearch } from './interviews-search';
import { ThemeRepository } from './interviews-themes';
import { MemoRepository } from './interviews-memos';
import { rowToInterview, type InterviewRow } from './interviews-rows';

interface NoteRow {
  section_key: string;
  doc_json: string;
  updated_at: string;
}

const COLUMNS: Record<keyof InterviewFields, string> = {
  kind: 'kind',
  groupId: 'group_id',
  intervieweeRole: 'interviewee_role',
  organisation: 'organisation',
  intervieweeName: 'interviewee_name',
  nameMayBeShown: 'name_may_be_shown',
  interviewer: 'interviewer',
  date: 'held_on',
  mode: 'mode',
  consentGiven: 'consent_given',
  consentDate: 'consent_date',
};

function toSqlValue(value: unknown): string | number | null {
  if (typeof value === 'boolean') return value ? 1 : 0;
  return value as string | number | null;
}

/**
 * Interviews and their notes, plus (as members) guides, quotes, themes and search. All writes
 * are synchronous transactions with bound parameters.
 */
export class InterviewRepository {
  readonly guides: GuideRepository;
  readonly themes: ThemeRepository;
  readonly quotes: QuoteRepository;
  readonly search: InterviewSearch;
  readonly memos: MemoRepository;

  constructor(
    private readonly db: WorkspaceDb,
    private readonly now: () => string = () => new Date().toISOString(),
  ) {
    this.guides = new GuideRepository(db, now);
    this.themes = new ThemeRepository(db, now);
    this.quotes = new QuoteRepository(db, now, this);
    this.search = new InterviewSearch(db);
    this.memos = new MemoRepository(db, now);
  }

  list(engagementId: number): InterviewSummary[] {
    this.engagementLanguage(engagementId);
    const rows = this.db
      .prepare<
        [number],
        InterviewRow & { group_name: string | null; quote_count: number; plain: string | null }
      >(
        `SELECT i.*, g.name AS group_name,
           (SELECT count(*) FROM interview_quotes q
             WHERE q.interview_id = i.id AND q.is_quote = 1) AS quote_count,
           (SELECT group_concat(n.plain_text, ' ') FROM interview_notes n
             WHERE n.interview_id = i.id) AS plain
         FROM interviews i LEFT JOIN groups g ON g.id = i.group_id
         WHERE i.engagement_id = ?
         ORDER BY i.held_on IS NULL, i.held_on DESC, i.id DESC`,
      )
      .all(engagementId);
    return rows.map((row) => {
      const { guide, ...interview } = rowToInterview(row);
      return {
        ...interview,
        guideName: guide?.name ?? null,
        groupName: row.group_name,
        quoteCount: row.quote_count,
        wordCount: wordCount(row.plain ?? ''),
      };
    });
  }

  getInterview(id: number): Interview {
    return rowToInterview(this.row(id));
  }

  get(id: number): InterviewDetail {
    const interview = this.getInterview(id);
    const notes = this.db
      .prepare<[number], NoteRow>(
        'SELECT section_key, doc_json, updated_at FROM interview_notes WHERE interview_id = ?',
      )
      .all(id)
      .map((row): NoteSection => ({
        sectionKey: row.section_key,
        doc: JSON.parse(row.doc_json) as NoteDoc,
        updatedAt: row.updated_at,
      }));
    const order = noteSections(interview.guide).map((section) => section.key);
    notes.sort((a, b) => order.indexOf(a.sectionKey) - order.indexOf(b.sectionKey));
    return { ...interview, notes };
  }

  create(input: NewInterview): InterviewDetail {
    const id = this.db.transaction(() => {
      this.engagementLanguage(input.engagementId);
      this.checkGroup(input.engagementId, input.groupId);
      const guide = input.guideRef ? this.guides.resolve(input.guideRef) : null;
      const timestamp = this.now();
      const result = this.db
        .prepare(
          `INSERT INTO interviews (engagement_id, kind, group_id, interviewee_role, organisation,
             interviewee_name, name_may_be_shown, interviewer, held_on, mode, consent_given,
             consent_date, guide_ref, guide_json, created_at, updated_at)
           VALUES (@engagementId, @kind, @groupId, @intervieweeRole, @organisation,
             @intervieweeName, @nameMayBeShown, @interviewer, @date, @mode, @consentGiven,
             @consentDate, @guideRef, @guideJson, @timestamp, @timestamp)`,
        )
        .run({
          engagementId: input.engagementId,
          kind: input.kind,
          groupId: input.groupId,
          intervieweeRole: input.intervieweeRole,
          organisation: input.organisation,
          intervieweeName: input.intervieweeName,
          nameMayBeShown: input.nameMayBeShown ? 1 : 0,
          interviewer: input.interviewer,
          date: input.date,
          mode: input.mode,
          consentGiven: input.consentGiven ? 1 : 0,
          consentDate: input.consentDate,
          guideRef: guide?.ref ?? null,
          guideJson: guide ? JSON.stringify(guide.guide) : null,
          timestamp,
        });
      this.touchEngagement(input.engagementId, timestamp);
      return Number(result.lastInsertRowid);
    })();
    return this.get(id);
  }

  update(id: number, changes: Partial<InterviewFields>): Interview {
    return this.db.transaction(() => {
      const current = this.row(id);
      const fields = (Object.keys(COLUMNS) as (keyof InterviewFields)[]).filter(
        (field) => changes[field] !== undefined,
      );
      if (changes.groupId !== undefined) this.checkGroup(current.engagement_id, changes.groupId);
      if (fields.length > 0) {
        const timestamp = this.now();
        // Column names come from the fixed COLUMNS map, never from input.
        const assignments = fields.map((field) => `${COLUMNS[field]} = ?`).join(', ');
        this.db
          .prepare(`UPDATE interviews SET ${assignments}, updated_at = ? WHERE id = ?`)
          .run(...fields.map((field) => toSqlValue(changes[field])), timestamp, id);
        this.touchEngagement(current.engagement_id, timestamp);
      }
      return this.getInterview(id);
    })();
  }

  delete(id: number): void {
    this.db.transaction(() => {
      const current = this.row(id);
      this.db.prepare('DELETE FROM interviews WHERE id = ?').run(id);
      this.touchEngagement(current.engagement_id, this.now());
    })();
  }

  /** Stores one note section (autosave); the search index follows through triggers. */
  saveNotes(interviewId: number, sectionKey: string, doc: NoteDoc): { savedAt: string } {
    if (!SECTION_KEY_PATTERN.test(sectionKey)) {
      throw new AppError('errors.validation', {}, [
        { path: 'sectionKey', message: 'interviews.sectionKey' },
      ]);
    }
    const savedAt = this.now();
    const text = noteText(doc);
    this.db.transaction(() => {
      const interview = this.row(interviewId);
      this.db
        .prepare(
          `INSERT INTO interview_notes (interview_id, section_key, doc_json, plain_text, updated_at)
           VALUES (?, ?, ?, ?, ?)
           ON CONFLICT (interview_id, section_key) DO UPDATE SET
             doc_json = excluded.doc_json,
             plain_text = excluded.plain_text,
             updated_at = excluded.updated_at`,
        )
        .run(interviewId, sectionKey, JSON.stringify(doc), text.text, savedAt);
      this.quotes.followNotes(interviewId, sectionKey, text);
      this.db
        .prepare('UPDATE interviews SET updated_at = ? WHERE id = ?')
        .run(savedAt, interviewId);
      this.touchEngagement(interview.engagement_id, savedAt);
    })();
    return { savedAt };
  }

  /** Every note document of the engagement's interviews, for coding overviews and exports. */
  noteDocs(engagementId: number): { interviewId: number; sectionKey: string; doc: NoteDoc }[] {
    return this.db
      .prepare<[number], { interviewId: number; sectionKey: string; doc_json: string }>(
        `SELECT n.interview_id AS interviewId, n.section_key AS sectionKey, n.doc_json
         FROM interview_notes n JOIN interviews i ON i.id = n.interview_id
         WHERE i.engagement_id = ? ORDER BY n.interview_id, n.id`,
      )
      .all(engagementId)
      .map((row) => ({
        interviewId: row.interviewId,
        sectionKey: row.sectionKey,
        doc: JSON.parse(row.doc_json) as NoteDoc,
      }));
  }

  /** The plain text of every note section, for export and reports. */
  notesText(interviewId: number): { sectionKey: string; text: string }[] {
    return this.db
      .prepare<[number], { sectionKey: string; text: string }>(
        `SELECT section_key AS sectionKey, plain_text AS text FROM interview_notes
         WHERE interview_id = ? ORDER BY id`,
      )
      .all(interviewId);
  }

  /** The language of the engagement's deliverables; throws notFound for a missing engagement. */
  engagementLanguage(engagementId: number): Language {
    const row = this.db
      .prepare<[number], { language: Language }>('SELECT language FROM engagements WHERE id = ?')
      .get(engagementId);
    if (!row) throw new AppError('errors.notFound', { what: 'engagement', id: engagementId });
    return row.language;
  }

  private row(id: number): InterviewRow {
    const row = this.db
      .prepare<[number], InterviewRow>('SELECT * FROM interviews WHERE id = ?')
      .get(id);
    if (!row) throw new AppError('errors.notFound', { what: 'interview', id });
    return row;
  }

  private checkGroup(engagementId: number, groupId: number | null): void {
    if (groupId === null) return;
    const found = this.db
      .prepare<[number, number], { id: number }>(
        'SELECT id FROM groups WHERE id = ? AND engagement_id = ?',
      )
      .get(groupId, engagementId);
    if (!found) throw new AppError('errors.notFound', { what: 'group', id: groupId });
  }

  private touchEngagement(engagementId: number, timestamp: string): void {
    this.db
      .prepare('UPDATE engagements SET updated_at = ? WHERE id = ?')
      .run(timestamp, engagementId);
  }
}

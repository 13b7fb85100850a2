import type { WorkspaceDb } from '../db/open-workspace';
import { AppError } from '@shared/ipc/errors';
import type { Language } from '@shared/questionnaire/instrument';
import type { GroupKind } from '@shared/engagements/model';
import { quoteTextSchema, type Interview, type Quote } from '@shared/interviews/model';
import type { NoteText } from '@shared/interviews/note-text';
import { quoteAttribution } from '@shared/interviews/attribution';
import { attributionParts } from './interviews-rows';
import { themeIdsOf } from './theme-ids';

interface QuoteRow {
  id: number;
  interview_id: number;
  section_key: string;
  text: string;
  is_quote: number;
  created_at: string;
  updated_at: string;
  engagement_id: number;
  group_id: number | null;
  group_name: string | null;
  group_kind: GroupKind | null;
  kind: Interview['kind'];
  interviewee_role: string;
  organisation: string;
  interviewee_name: string;
  name_may_be_shown: number;
  language: Language;
  theme_ids: string | null;
}

const SELECT_QUOTES = `
  SELECT q.*, i.engagement_id, i.group_id, g.name AS group_name, g.kind AS group_kind, i.kind, i.interviewee_role,
    i.organisation, i.interviewee_name, i.name_may_be_shown, e.language,
    (SELECT group_concat(qt.theme_id) FROM interview_quote_themes qt
      WHERE qt.quote_id = q.id) AS theme_ids
  FROM interview_quotes q
  JOIN interviews i ON i.id = q.interview_id
  JOIN engagements e ON e.id = i.engagement_id
  LEFT JOIN groups g ON g.id = i.group_id`;

function toQuote(row: QuoteRow): Quote {
  return {
    id: row.id,
    interviewId: row.interview_id,
    engagementId: row.engagement_id,
    sectionKey: row.section_key,
    text: row.text,
    isQuote: row.is_quote === 1,
    themeIds: themeIdsOf(row.theme_ids),
    groupId: row.group_id,
    attribution: quoteAttribution(...attributionParts(row), row.language),
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

/** What quotes need of the interviews: their engagement's language (checks it exists) and one interview. */
export interface InterviewLookup {
  engagementLanguage(engagementId: number): Language;
  getInterview(id: number): Interview;
}

/**
 * Passages marked in interview notes: quotes (for the report, with an attribution derived from
 * the interview each time, so correcting an interview corrects all its quotes) and coded
 * passages (themes only), with the themes applied to them.
 */
export class QuoteRepository {
  constructor(
    private readonly db: WorkspaceDb,
    private readonly now: () => string,
    private readonly interviews: InterviewLookup,
  ) {}

  /** The engagement's quotes; with `includeCodings`, its coded passages as well. */
  list(engagementId: number, options: { includeCodings?: boolean } = {}): Quote[] {
    this.interviews.engagementLanguage(engagementId);
    return this.db
      .prepare<[number, number], QuoteRow>(
        `${SELECT_QUOTES} WHERE i.engagement_id = ? AND (q.is_quote = 1 OR ? = 1)
         ORDER BY i.held_on IS NULL, i.held_on, i.id, q.id`,
      )
      .all(engagementId, options.includeCodings ? 1 : 0)
      .map(toQuote);
  }

  get(id: number): Quote {
    const row = this.db.prepare<[number], QuoteRow>(`${SELECT_QUOTES} WHERE q.id = ?`).get(id);
    if (!row) throw new AppError('errors.notFound', { what: 'quote', id });
    return toQuote(row);
  }

  create(input: {
    interviewId: number;
    sectionKey: string;
    text: string;
    themeIds: number[];
    /** false: a coded passage, not offered as a quote for the report. */
    isQuote?: boolean;
  }): Quote {
    const id = this.db.transaction(() => {
      const interview = this.interviews.getInterview(input.interviewId);
      const timestamp = this.now();
      const result = this.db
        .prepare(
          `INSERT INTO interview_quotes
             (interview_id, section_key, text, is_quote, created_at, updated_at)
           VALUES (?, ?, ?, ?, ?, ?)`,
        )
        .run(
          input.interviewId,
          input.sectionKey,
          input.text,
          input.isQuote === false ? 0 : 1,
          timestamp,
          timestamp,
        );
      const quoteId = Number(result.lastInsertRowid);
      this.replaceThemes(quoteId, interview.engagementId, input.themeIds);
      return quoteId;
    })();
    return this.get(id);
  }

  update(
    id: number,
    changes: {
      text?: string | undefined;
      themeIds?: number[] | undefined;
      isQuote?: boolean | undefined;
    },
  ): Quote {
    this.db.transaction(() => {
      const quote = this.get(id);
      if (changes.isQuote !== undefined) {
        this.db
          .prepare('UPDATE interview_quotes SET is_quote = ?, updated_at = ? WHERE id = ?')
          .run(changes.isQuote ? 1 : 0, this.now(), id);
      }
      if (changes.text !== undefined) {
        this.db
          .prepare('UPDATE interview_quotes SET text = ?, updated_at = ? WHERE id = ?')
          .run(changes.text, this.now(), id);
      }
      if (changes.themeIds !== undefined) {
        this.replaceThemes(id, quote.engagementId, changes.themeIds);
      }
    })();
    return this.get(id);
  }

  /**
   * After the notes of a section were saved: a coded passage's text follows what is marked in
   * the notes now (a quote keeps the words it was given, which the consultant may have tidied).
   */
  followNotes(interviewId: number, sectionKey: string, text: NoteText): void {
    const update = this.db.prepare(
      `UPDATE interview_quotes SET text = ?, updated_at = ?
       WHERE id = ? AND interview_id = ? AND section_key = ? AND is_quote = 0 AND text <> ?`,
    );
    for (const [id, range] of text.passages) {
      const marked = quoteTextSchema.safeParse(text.text.slice(range.start, range.end));
      if (marked.success) {
        update.run(marked.data, this.now(), id, interviewId, sectionKey, marked.data);
      }
    }
  }

  delete(id: number): void {
    const result = this.db.prepare('DELETE FROM interview_quotes WHERE id = ?').run(id);
    if (result.changes === 0) throw new AppError('errors.notFound', { what: 'quote', id });
  }

  private replaceThemes(quoteId: number, engagementId: number, themeIds: number[]): void {
    const unique = [...new Set(themeIds)];
    const owned = this.db
      .prepare<[number], { id: number }>('SELECT id FROM interview_themes WHERE engagement_id = ?')
      .all(engagementId)
      .map((row) => row.id);
    const foreign = unique.find((themeId) => !owned.includes(themeId));
    if (foreign !== undefined)
      throw new AppError('errors.notFound', { what: 'theme', id: foreign });
    this.db.prepare('DELETE FROM interview_quote_themes WHERE quote_id = ?').run(quoteId);
    const insert = this.db.prepare(
      'INSERT INTO interview_quote_themes (quote_id, theme_id) VALUES (?, ?)',
    );
    for (const themeId of unique) insert.run(quoteId, themeId);
    this.db
      .prepare('UPDATE interview_quotes SET updated_at = ? WHERE id = ?')
      .run(this.now(), quoteId);
  }
}

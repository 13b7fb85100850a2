import type { WorkspaceDb } from '../db/open-workspace';
import type { SearchHit } from '@shared/ipc/interviews';
import type { Guide } from '@shared/content/guides';
import type { Language } from '@shared/questionnaire/instrument';
import type { GroupKind } from '@shared/engagements/model';
import { anonymousAttribution } from '@shared/interviews/attribution';
import { sectionLabel } from '@shared/interviews/guides';
import {
  buildMatchExpression,
  formScanPrefix,
  HIT_END,
  HIT_START,
  isEmptyQuery,
  nameMatches,
  parseSearchQuery,
  parseSnippet,
  pickForms,
  type ParsedQuery,
  type SnippetPart,
} from '@shared/interviews/search-query';
import { attributionParts, type InterviewRow } from './interviews-rows';

export interface OpenAnswerHit {
  id: number;
  engagementId: number;
  instrumentId: number;
  groupId: number;
  itemCode: string;
  rank: number;
  snippet: SnippetPart[];
}

interface RawHit {
  id: number;
  interview_id: number;
  section_key: string;
  rank: number;
  snippet: string;
}

interface HitContext extends InterviewRow {
  client_name: string;
  language: Language;
  group_name: string | null;
  group_kind: GroupKind | null;
}

/** Words around each hit in a snippet. */
const SNIPPET_TOKENS = 18;
/** The hit markers as SQL: char(2), char(3). */
const MARKERS = `char(${HIT_START.charCodeAt(0)}), char(${HIT_END.charCodeAt(0)})`;
/** How many vocabulary words to inspect per typed word when looking for its forms. */
const VOCABULARY_SCAN = 400;

/**
 * Full-text search over interview notes and quotes with SQLite FTS5, and coded passages by their
 * themes' names (see migration 0004 and shared/interviews/search-query.ts for how word forms and
 * safety are handled).
 */
export class InterviewSearch {
  constructor(private readonly db: WorkspaceDb) {}

  search(query: string, engagementId: number | null, limit: number): SearchHit[] {
    return this.rankedSearch(query, engagementId, limit).map((entry) => entry.hit);
  }

  /** Notes and quotes with their FTS rank, to be merged with other hits (open answers). */
  rankedSearch(
    query: string,
    engagementId: number | null,
    limit: number,
  ): { rank: number; hit: SearchHit }[] {
    const parsed = parseSearchQuery(query);
    if (isEmptyQuery(parsed)) return [];
    this.addWordForms(parsed);
    const expression = buildMatchExpression(parsed);
    const notes = this.hits('note', expression, engagementId, limit);
    const quotes = this.hits('quote', expression, engagementId, limit);
    const fullText = [...notes, ...quotes].sort((a, b) => a.hit.rank - b.hit.rank);
    // Passages coded with a theme of that name come first: the consultant named what they seek.
    const merged = [...this.themeHits(parsed, engagementId, limit), ...fullText].slice(0, limit);
    return this.describe(merged);
  }

  /**
   * The same search over respondents' open answers (migration 0008), with the same word forms.
   * Returns what anonymity needs to decide whether and under which group a hit may be listed.
   */
  searchOpenAnswers(query: string, engagementId: number | null, limit: number): OpenAnswerHit[] {
    const parsed = parseSearchQuery(query);
    if (isEmptyQuery(parsed)) return [];
    this.addWordForms(parsed);
    return this.db
      .prepare<
        [string, number | null, number | null, number],
        {
          id: number;
          engagement_id: number;
          instrument_id: number;
          group_id: number;
          item_code: string;
          rank: number;
          snippet: string;
        }
      >(
        `SELECT a.id, r.engagement_id, r.instrument_id, r.group_id, a.item_code,
           open_answers_fts.rank AS rank,
           snippet(open_answers_fts, 0, ${MARKERS}, '…', ${SNIPPET_TOKENS}) AS snippet
         FROM open_answers_fts
         JOIN open_answers a ON a.id = open_answers_fts.rowid
         JOIN respondents r ON r.id = a.respondent_id
         WHERE open_answers_fts MATCH ? AND (? IS NULL OR r.engagement_id = ?)
         ORDER BY open_answers_fts.rank
         LIMIT ?`,
      )
      .all(buildMatchExpression(parsed), engagementId, engagementId, limit)
      .map((row) => ({
        id: row.id,
        engagementId: row.engagement_id,
        instrumentId: row.instrument_id,
        groupId: row.group_id,
        itemCode: row.item_code,
        rank: row.rank,
        snippet: parseSnippet(row.snippet),
      }));
  }

  /** Looks up, per typed word, the indexed words that share its Dutch stem. */
  private addWordForms(parsed: ParsedQuery): void {
    const vocabularies = [
      'interview_notes_vocab',
      'interview_quotes_vocab',
      'open_answers_vocab',
    ].map((table) =>
      this.db.prepare<[string, string], { term: string }>(
        `SELECT term FROM ${table} WHERE term >= ? AND term < ? LIMIT ${VOCABULARY_SCAN}`,
      ),
    );
    for (const term of parsed.terms) {
      const prefix = formScanPrefix(term.word);
      if (!prefix) continue;
      const candidates = new Set<string>();
      for (const vocabulary of vocabularies) {
        for (const row of vocabulary.all(prefix, `${prefix}\u{10FFFF}`)) candidates.add(row.term);
      }
      // Words that start with what was typed are found by the prefix query already.
      term.forms = pickForms(term.word, [...candidates]).filter(
        (form) => !form.startsWith(term.word),
      );
    }
  }

  private hits(
    source: 'note' | 'quote',
    expression: string,
    engagementId: number | null,
    limit: number,
  ): { source: 'note' | 'quote'; hit: RawHit }[] {
    // Table names come from this constant choice, never from input.
    const [table, content] =
      source === 'note'
        ? ['interview_notes_fts', 'interview_notes']
        : ['interview_quotes_fts', 'interview_quotes'];
    const rows = this.db
      .prepare<[string, number | null, number | null, number], RawHit>(
        `SELECT c.id, c.interview_id, c.section_key, ${table}.rank AS rank,
           snippet(${table}, 0, ${MARKERS}, '…', ${SNIPPET_TOKENS}) AS snippet
         FROM ${table}
         JOIN ${content} c ON c.id = ${table}.rowid
         JOIN interviews i ON i.id = c.interview_id
         WHERE ${table} MATCH ? AND (? IS NULL OR i.engagement_id = ?)
         ORDER BY ${table}.rank
         LIMIT ?`,
      )
      .all(expression, engagementId, engagementId, limit);
    return rows.map((hit) => ({ source, hit }));
  }

  /** Passages coded with a theme (or a child of a theme) whose name matches the query. */
  private themeHits(
    parsed: ParsedQuery,
    engagementId: number | null,
    limit: number,
  ): { source: SearchHit['source']; hit: RawHit }[] {
    const themes = this.db
      .prepare<
        [number | null, number | null],
        { id: number; parent_id: number | null; name: string }
      >(`SELECT id, parent_id, name FROM interview_themes WHERE (? IS NULL OR engagement_id = ?)`)
      .all(engagementId, engagementId);
    const matching = themes.filter((theme) => nameMatches(theme.name, parsed));
    if (matching.length === 0) return [];
    const names = new Map(matching.map((theme) => [theme.id, theme.name]));
    for (const theme of themes) {
      const parent = theme.parent_id === null ? undefined : names.get(theme.parent_id);
      if (parent !== undefined && !names.has(theme.id)) names.set(theme.id, parent);
    }
    const ids = [...names.keys()];
    const rows = this.db
      .prepare<
        number[],
        { id: number; interview_id: number; section_key: string; text: string; theme_id: number }
      >(
        `SELECT q.id, q.interview_id, q.section_key, q.text, min(qt.theme_id) AS theme_id
         FROM interview_quote_themes qt JOIN interview_quotes q ON q.id = qt.quote_id
         WHERE qt.theme_id IN (${ids.map(() => '?').join(', ')})
         GROUP BY q.id ORDER BY q.interview_id, q.id LIMIT ${Math.floor(limit)}`,
      )
      .all(...ids);
    return rows.map((row) => ({
      source: 'theme' as const,
      hit: {
        id: row.id,
        interview_id: row.interview_id,
        section_key: row.section_key,
        // Ahead of every full-text rank (FTS5 ranks are negative, best first), also when the
        // handler merges these with open answers.
        rank: -Number.MAX_VALUE,
        snippet: `${HIT_START}${names.get(row.theme_id) ?? ''}${HIT_END}: ${row.text.slice(0, 240)}`,
      },
    }));
  }

  private describe(
    hits: { source: SearchHit['source']; hit: RawHit }[],
  ): { rank: number; hit: SearchHit }[] {
    const contextOf = this.db.prepare<[number], HitContext>(
      `SELECT i.*, e.client_name, e.language, g.name AS group_name, g.kind AS group_kind
       FROM interviews i
       JOIN engagements e ON e.id = i.engagement_id
       LEFT JOIN groups g ON g.id = i.group_id
       WHERE i.id = ?`,
    );
    const contexts = new Map<number, { row: HitContext; guide: Guide | null }>();
    const described: { rank: number; hit: SearchHit }[] = [];
    for (const { source, hit } of hits) {
      let context = contexts.get(hit.interview_id);
      if (!context) {
        const row = contextOf.get(hit.interview_id);
        if (!row) continue;
        context = { row, guide: row.guide_json ? (JSON.parse(row.guide_json) as Guide) : null };
        contexts.set(hit.interview_id, context);
      }
      const { row, guide } = context;
      described.push({
        rank: hit.rank,
        hit: {
          source,
          id: hit.id,
          engagementId: row.engagement_id,
          engagementName: row.client_name,
          interviewId: row.id,
          interviewLabel: anonymousAttribution(...attributionParts(row), row.language),
          interviewDate: row.held_on,
          sectionKey: hit.section_key,
          sectionLabel: sectionLabel(guide, hit.section_key, row.language),
          snippet: parseSnippet(hit.snippet),
        },
      });
    }
    return described;
  }
}

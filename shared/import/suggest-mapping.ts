/**
 * A first guess at the import mapping, good enough that for the usual survey exports the
 * consultant only has to confirm it.
 */
import type { Instrument } from '../questionnaire/instrument';
import { createGroupMatcher, groupValueKey, type GroupRef } from './group-match';
import {
  headerCodeCandidates,
  headerTextCandidates,
  isGroupHeader,
  isPersonalDataHeader,
  isRespondentCodeHeader,
} from './header-roles';
import {
  labelKey,
  labelScaleOf,
  parseNumericAnswer,
  scaleFor,
  singleDigitAnswer,
  suggestLabelValue,
} from './labels';
import type {
  ColumnMapping,
  ColumnMatchReason,
  GroupValueMapping,
  ImportMapping,
  LabelMapping,
} from './mapping';
import { bigrams, diceSimilarity, type Bigrams } from './similarity';
import type { Table } from './table';
import { compactKey, normaliseText } from './text-normalise';

/** Bigram similarity from which two question texts count as the same (typos, a changed word). */
const FUZZY_THRESHOLD = 0.85;
/** Share of a column's values that must be group names before the column counts as the group. */
const GROUP_VALUE_SHARE = 0.8;
/** A column with more distinct values than this is not a department column. */
const MAX_GROUP_VALUES = 200;
/** A header at least this long that starts an item text is a truncated question text. */
const MIN_PREFIX_LENGTH = 20;
const EXACT_SCORE = 0.99;
const PREFIX_SCORE = 0.95;

interface ItemCandidate {
  column: number;
  itemCode: string;
  score: number;
  reason: ColumnMatchReason;
}

interface ItemText {
  itemCode: string;
  text: string;
  grams: Bigrams;
}

function itemTexts(instrument: Instrument): ItemText[] {
  const texts: ItemText[] = [];
  for (const item of instrument.items) {
    const variants = new Set([normaliseText(item.text.nl), normaliseText(item.text.en)]);
    for (const text of variants) {
      if (text !== '') texts.push({ itemCode: item.code, text, grams: bigrams(text) });
    }
  }
  return texts;
}

/**
 * How well a header text matches an item text: exact, a prefix (tools and Excel cut long
 * headers, even mid-word; some append "(verplicht)"), or similar enough (typos, a changed word).
 */
function textScore(headerText: string, headerGrams: Bigrams, itemText: ItemText): number {
  if (headerText === itemText.text) return EXACT_SCORE;
  const truncated = itemText.text.startsWith(headerText);
  const suffixed = headerText.startsWith(itemText.text + ' ');
  const shorter = Math.min(headerText.length, itemText.text.length);
  if ((truncated || suffixed) && shorter >= MIN_PREFIX_LENGTH) return PREFIX_SCORE;
  if (shorter / Math.max(headerText.length, itemText.text.length) < 0.7) return 0; // cannot reach
  const similarity = diceSimilarity(headerGrams, itemText.grams);
  return similarity >= FUZZY_THRESHOLD ? 0.9 * similarity : 0;
}

function itemCandidates(table: Table, instrument: Instrument): ItemCandidate[] {
  const itemsByCode = new Map(instrument.items.map((item) => [compactKey(item.code), item]));
  const candidates: ItemCandidate[] = [];
  // Per column, the item whose code the whole header is (the best match there is, 1.01).
  const wholeCode: (string | undefined)[] = [];
  table.headers.forEach((header, column) => {
    if (header.trim() === '') return;
    const codes = headerCodeCandidates(header);
    codes.forEach((code, position) => {
      const item = itemsByCode.get(code);
      // The whole header being the code beats a code found inside it.
      if (item) {
        candidates.push({
          column,
          itemCode: item.code,
          score: position === 0 ? 1.01 : 1,
          reason: 'code',
        });
        if (position === 0) wholeCode[column] = item.code;
      }
    });
  });
  const headersWithCode = new Map<string, number>();
  for (const code of wholeCode) {
    if (code !== undefined) headersWithCode.set(code, (headersWithCode.get(code) ?? 0) + 1);
  }
  const texts = itemTexts(instrument);
  table.headers.forEach((header, column) => {
    if (header.trim() === '') return;
    // A header that is wholly the code of an item, and the only one, gets that item (best matches
    // are assigned first): its question-text matches could never be used, so none are sought.
    const code = wholeCode[column];
    if (code !== undefined && headersWithCode.get(code) === 1) return;
    for (const headerText of headerTextCandidates(header)) {
      const headerGrams = bigrams(headerText);
      const found: ItemCandidate[] = [];
      for (const itemText of texts) {
        const score = textScore(headerText, headerGrams, itemText);
        if (score > 0) {
          const reason = score >= PREFIX_SCORE ? 'text' : 'fuzzyText';
          found.push({ column, itemCode: itemText.itemCode, score, reason });
        }
      }
      // A cut-off header that starts several item texts says nothing about which one it is.
      const prefixed = new Set(
        found.filter((c) => c.score === PREFIX_SCORE).map((c) => c.itemCode),
      );
      candidates.push(...found.filter((c) => c.score !== PREFIX_SCORE || prefixed.size === 1));
    }
  });
  return candidates;
}

/** Each column gets at most one item and each item at most one column, best matches first. */
function assignItems(columns: ColumnMapping[], candidates: ItemCandidate[]): void {
  const taken = new Set<string>();
  candidates.sort((a, b) => b.score - a.score || a.column - b.column);
  for (const candidate of candidates) {
    const column = columns[candidate.column];
    if (!column || column.personalData || column.target.kind !== 'ignore') continue;
    if (taken.has(candidate.itemCode)) continue;
    column.target = { kind: 'item', itemCode: candidate.itemCode };
    column.reason = candidate.reason;
    taken.add(candidate.itemCode);
  }
}

function cell(row: string[], index: number): string {
  return (row[index] ?? '').trim();
}

/** Share of a column's non-blank cells whose value matches a group, or 0 when it cannot be. */
function groupValueShare(
  table: Table,
  column: number,
  match: (value: string) => string | null,
): number {
  const counts = new Map<string, number>();
  for (const row of table.rows) {
    const value = cell(row, column);
    if (value === '') continue;
    counts.set(value, (counts.get(value) ?? 0) + 1);
    if (counts.size > MAX_GROUP_VALUES) return 0;
  }
  let total = 0;
  let matched = 0;
  for (const [value, count] of counts) {
    total += count;
    if (match(value) !== null) matched += count;
  }
  return total === 0 ? 0 : matched / total;
}

function assignGroupColumn(table: Table, columns: ColumnMapping[], groups: GroupRef[]): void {
  const match = createGroupMatcher(groups);
  const free = columns.filter((c) => c.target.kind === 'ignore' && !c.personalData);
  const byHeader = free.filter((c) => isGroupHeader(c.header));
  const pool = byHeader.length > 0 ? byHeader : groups.length > 0 ? free : [];
  let best: { column: ColumnMapping; share: number } | null = null;
  for (const column of pool) {
    // A single column with a group header is taken whatever its values: they need no reading.
    const share = byHeader.length === 1 ? 1 : groupValueShare(table, column.index, match);
    if (byHeader.length === 0 && share < GROUP_VALUE_SHARE) continue;
    if (!best || share > best.share) best = { column, share };
  }
  if (best) {
    best.column.target = { kind: 'group' };
    best.column.reason = byHeader.length > 0 ? 'header' : 'values';
  }
}

function initialColumns(table: Table): ColumnMapping[] {
  return table.headers.map((header, index) => ({
    index,
    header,
    target: { kind: 'ignore' },
    reason: 'none',
    personalData: isPersonalDataHeader(header),
  }));
}

/**
 * Proposes a mapping: items by code (exact header, `[CODE]`, leading code) or by question text
 * (Dutch or English, tolerant of case, accents, punctuation and small differences), the
 * respondent-code column (Id, Respondent, Code), the group column (Afdeling, Department, Team,
 * or values that are group names), and the answer labels and group values found in the file.
 * Personal data (a name or e-mail column) is always ignored.
 */
export function suggestMapping(
  table: Table,
  instrument: Instrument,
  groups: GroupRef[],
  { withValues = true }: { withValues?: boolean } = {},
): ImportMapping {
  const columns = initialColumns(table);
  assignItems(columns, itemCandidates(table, instrument));
  const codeColumn = columns.find(
    (c) => c.target.kind === 'ignore' && !c.personalData && isRespondentCodeHeader(c.header),
  );
  if (codeColumn) {
    codeColumn.target = { kind: 'respondentCode' };
    codeColumn.reason = 'header';
  }
  assignGroupColumn(table, columns, groups);
  for (const column of columns) {
    if (column.personalData) column.reason = 'personalData';
  }
  const mapping = { columns, labels: [], groupValues: [] };
  // `withValues: false`: the columns only, for a caller that maps the values itself.
  return withValues ? refreshValueMappings(table, mapping, instrument, groups) : mapping;
}

/**
 * The answer labels found in the item columns of `columns` (what `suggestMapping` proposes for
 * them), for a caller that asked it for the columns only (`withValues: false`) and then met
 * labels.
 */
export function suggestLabels(
  table: Table,
  columns: ColumnMapping[],
  instrument: Instrument,
): LabelMapping[] {
  return collectLabels(table, { columns, labels: [], groupValues: [] }, instrument);
}

function labelOrder(label: LabelMapping): number {
  const { value } = label;
  const order = typeof value === 'number' ? value : value === 'missing' ? 1e9 : 2e9;
  return (label.scale === 'likert' ? 0 : 1e10) + order;
}

function collectLabels(
  table: Table,
  mapping: ImportMapping,
  instrument: Instrument,
): LabelMapping[] {
  const itemsByCode = new Map(instrument.items.map((item) => [item.code, item]));
  const previous = new Map(
    mapping.labels.map((label) => [labelKey(label.scale, label.text), label.value]),
  );
  const labels = new Map<string, LabelMapping>();
  for (const column of mapping.columns) {
    if (column.target.kind !== 'item' || column.personalData) continue;
    const item = itemsByCode.get(column.target.itemCode);
    if (!item || item.kind === 'open') continue;
    const labelScale = labelScaleOf(item);
    const scale = scaleFor(instrument, labelScale);
    // Exports repeat a handful of answers; look at each distinct cell text once per column.
    const seen = new Map<string, LabelMapping | null>();
    for (const row of table.rows) {
      const raw = row[column.index];
      // Blank and one-digit cells, most of a survey export, hold no label.
      if (raw === undefined || raw === '' || singleDigitAnswer(raw) >= 0) continue;
      let label = seen.get(raw);
      if (label === undefined) {
        const text = raw.trim();
        if (text === '' || parseNumericAnswer(text) !== null) label = null;
        else {
          const key = labelKey(labelScale, text);
          label = labels.get(key) ?? null;
          if (label === null) {
            // A label the consultant already saw keeps its mapping, "not mapped" included.
            const value = previous.has(key)
              ? (previous.get(key) ?? null)
              : (suggestLabelValue(text, scale) ?? null);
            label = { scale: labelScale, text, count: 0, value };
            labels.set(key, label);
          }
        }
        seen.set(raw, label);
      }
      if (label !== null) label.count++;
    }
  }
  return [...labels.values()].sort((a, b) => labelOrder(a) - labelOrder(b) || b.count - a.count);
}

function collectGroupValues(
  table: Table,
  mapping: ImportMapping,
  groups: GroupRef[],
): GroupValueMapping[] {
  const column = mapping.columns.find((c) => c.target.kind === 'group' && !c.personalData);
  if (!column) return [];
  const match = createGroupMatcher(groups);
  const knownIds = new Set(groups.map((g) => g.id));
  const previous = new Map(mapping.groupValues.map((g) => [groupValueKey(g.text), g.groupId]));
  const values = new Map<string, GroupValueMapping>();
  // The same few texts repeat in every row: each is normalised once.
  const byText = new Map<string, GroupValueMapping>();
  for (const row of table.rows) {
    const text = cell(row, column.index);
    if (text === '') continue;
    const seen = byText.get(text);
    if (seen) {
      seen.count++;
      continue;
    }
    const key = groupValueKey(text);
    const existing = values.get(key);
    if (existing) {
      existing.count++;
      byText.set(text, existing);
      continue;
    }
    // A value the consultant already mapped (or chose not to import) keeps that choice.
    const earlier = previous.get(key);
    const groupId = !previous.has(key)
      ? match(text)
      : earlier == null || knownIds.has(earlier)
        ? (earlier ?? null)
        : match(text);
    const value = { text, count: 1, groupId };
    values.set(key, value);
    byText.set(text, value);
  }
  return [...values.values()].sort((a, b) => b.count - a.count || a.text.localeCompare(b.text));
}

/**
 * Recollects the answer labels and group values for the mapping's current columns, keeping the
 * consultant's choices for values that are still there. Call it after a column target changed.
 */
export function refreshValueMappings(
  table: Table,
  mapping: ImportMapping,
  instrument: Instrument,
  groups: GroupRef[],
): ImportMapping {
  return {
    columns: mapping.columns,
    labels: collectLabels(table, mapping, instrument),
    groupValues: collectGroupValues(table, mapping, groups),
  };
}

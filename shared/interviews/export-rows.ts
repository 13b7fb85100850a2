/**
 * The codebook and the quotes as table rows for CSV and XLSX export, in the language of the
 * engagement's deliverables. Writing the file (and neutralising formula-like cells) is main's job.
 */
import { translations } from '../i18n/resources';
import type { Language } from '../questionnaire/instrument';
import type { Interview, Quote, Theme } from './model';
import { themeCounts, themePath, themesInOrder } from './themes';

export type ExportCell = string | number | null;

export interface ExportTable {
  /** Sheet name and file-name stem. */
  name: string;
  headers: string[];
  rows: ExportCell[][];
}

/** A UI string from the interviews locale file, so exports and screens use the same words. */
function label(language: Language, path: string): string {
  let node: unknown = translations[language].interviews;
  for (const part of path.split('.')) node = (node as Record<string, unknown> | undefined)?.[part];
  return typeof node === 'string' ? node : path;
}

export function codebookTable(
  themes: readonly Theme[],
  quotes: readonly Quote[],
  language: Language,
): ExportTable {
  const counts = new Map(themeCounts(quotes, themes).map((count) => [count.themeId, count]));
  const columns = ['themePath', 'theme', 'parent', 'description', 'colour', 'dimensions'];
  return {
    name: label(language, 'export.codebookName'),
    headers: [
      ...columns.map((column) => label(language, `export.columns.${column}`)),
      label(language, 'export.columns.quotes'),
      label(language, 'export.columns.interviews'),
    ],
    rows: themesInOrder(themes).map((theme) => {
      const parent = themes.find((other) => other.id === theme.parentId);
      const count = counts.get(theme.id);
      return [
        themePath(theme, themes),
        theme.name,
        parent?.name ?? '',
        theme.description,
        theme.colour,
        theme.dimensions.join(', '),
        count?.quotes ?? 0,
        count?.interviews ?? 0,
      ];
    }),
  };
}

export interface QuoteExportRow {
  quote: Quote;
  interview: Omit<Interview, 'guide'>;
  groupName: string | null;
  /** The guide question the quote was marked under; null for free notes. */
  sectionLabel: string | null;
}

export function quotesTable(
  entries: readonly QuoteExportRow[],
  themes: readonly Theme[],
  language: Language,
): ExportTable {
  const yes = label(language, 'export.yes');
  const no = label(language, 'export.no');
  const columns = [
    'quoteId',
    'quote',
    'attribution',
    'themes',
    'group',
    'kind',
    'role',
    'organisation',
    'interviewer',
    'date',
    'mode',
    'consent',
    'consentDate',
    'question',
    'interviewId',
  ];
  const ordered = themesInOrder(themes);
  return {
    name: label(language, 'export.quotesName'),
    headers: columns.map((column) => label(language, `export.columns.${column}`)),
    rows: entries.map(({ quote, interview, groupName, sectionLabel }) => [
      quote.id,
      quote.text,
      quote.attribution,
      ordered
        .filter((theme) => quote.themeIds.includes(theme.id))
        .map((theme) => themePath(theme, themes))
        .join('; '),
      groupName ?? '',
      label(language, `kinds.${interview.kind}`),
      interview.intervieweeRole,
      interview.organisation,
      interview.interviewer,
      interview.date ?? '',
      interview.mode ? label(language, `modes.${interview.mode}`) : '',
      interview.consentGiven ? yes : no,
      interview.consentDate ?? '',
      sectionLabel ?? label(language, 'notes.free'),
      interview.id,
    ]),
  };
}

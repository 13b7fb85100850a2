/**
 * The gap analysis as spreadsheet rows (the Kloof tab's export): every comparison row with the
 * basis it rests on, and the ANOVA per dimension. Full precision, like `analyze --json`; the
 * difference as shown on screen and in the report is a column of its own.
 */
import { localized, type Language } from '../questionnaire/instrument';
import type { GapReport } from './report';
import { gapsText } from './texts';

export type ExportCell = string | number | boolean | null;

export interface ExportSheet {
  name: string;
  headers: string[];
  rows: ExportCell[][];
}

/** The columns in the order the sheets show them; their names are in the locale files. */
const COMPARISON_COLUMNS = [
  'level',
  'code',
  'label',
  'groupA',
  'groupB',
  'basis',
  'basisStatements',
  'nA',
  'nB',
  'meanA',
  'meanB',
  'shownDiff',
  'diff',
  'ciLow',
  'ciHigh',
  't',
  'df',
  'p',
  'pHolm',
  'g',
  'gCiLow',
  'gCiHigh',
  'large',
  'supported',
  'notable',
  'status',
] as const;

const ANOVA_COLUMNS = [
  'code',
  'label',
  'groups',
  'f',
  'df1',
  'df2',
  'p',
  'pHolm',
  'omegaSquared',
  'supported',
] as const;

export function gapExportSheets(report: GapReport, language: Language): ExportSheet[] {
  const words = gapsText(language).export;
  const dimensionName = new Map(
    report.dimensions.map((d) => [d.code, localized(d.name, language)]),
  );
  const itemText = new Map(report.items.map((item) => [item.id, localized(item.text, language)]));
  const basis = new Map(report.bases.map((b) => [b.id, b]));
  const rows: ExportCell[][] = [];
  for (const comparison of report.comparisons) {
    const on = basis.get(comparison.basisId);
    const basisLabel = on?.kind === 'linked' ? words.linked : words.version;
    const statements = on?.statementIds.length ?? null;
    const add = (
      level: keyof typeof words.levels,
      label: string,
      row: (typeof comparison.items)[number],
    ) =>
      rows.push([
        words.levels[level],
        row.code,
        label,
        comparison.nameA,
        comparison.nameB,
        basisLabel,
        statements,
        row.nA,
        row.nB,
        row.meanA,
        row.meanB,
        row.shownDiff,
        row.diff,
        row.ciLow,
        row.ciHigh,
        row.t,
        row.df,
        row.p,
        row.pHolm,
        row.g,
        row.gCiLow,
        row.gCiHigh,
        row.large,
        row.supported,
        row.notable,
        row.status,
      ]);
    for (const row of comparison.dimensions)
      add('dimension', dimensionName.get(row.code) ?? row.code, row);
    add('overall', words.overall, comparison.overall);
    for (const row of comparison.items) add('statement', itemText.get(row.id) ?? row.code, row);
  }
  const anova = report.anova.map((row): ExportCell[] => [
    row.code,
    row.code === 'overall' ? words.overall : (dimensionName.get(row.code) ?? row.code),
    row.groups,
    row.f,
    row.df1,
    row.df2,
    row.p,
    row.pHolm,
    row.omegaSquared,
    row.supported,
  ]);
  return [
    {
      name: words.comparisons,
      headers: COMPARISON_COLUMNS.map((column) => words.headers[column]),
      rows,
    },
    {
      name: words.anova,
      headers: ANOVA_COLUMNS.map((column) => words.anovaHeaders[column]),
      rows: anova,
    },
  ];
}

/**
 * The gap analysis as spreadsheet rows (the Kloof tab's export): every comparison row with the
 * basis it rests on, and the ANOVA per dimension. Full precision, like `analyze --json`; the
 * difference as shown on screen and in the report is a column of its own.
 */
import { localized, type Language } from '../questionnaire/instrument';
import type { GapReport } from './report';

export type ExportCell = string | number | boolean | null;

export interface ExportSheet {
  name: string;
  headers: string[];
  rows: ExportCell[][];
}

const WORDS = {
  nl: {
    comparisons: 'Vergelijkingen',
    anova: 'ANOVA',
    headers: [
      'Niveau',
      'Code',
      'Omschrijving',
      'Groep A',
      'Groep B',
      'Basis',
      'Stellingen in de basis',
      'n A',
      'n B',
      'Gemiddelde A',
      'Gemiddelde B',
      'Verschil (getoond)',
      'Verschil',
      'BI laag',
      'BI hoog',
      't',
      'df',
      'p',
      'p (Holm, alle vergelijkingen)',
      'Hedges g',
      'g BI laag',
      'g BI hoog',
      'Groot',
      'Onderbouwd',
      'Opvallend',
      'Status',
    ],
    anovaHeaders: [
      'Code',
      'Omschrijving',
      'Groepen',
      'F',
      'df1',
      'df2',
      'p',
      'p (Holm)',
      'ω²',
      'Onderbouwd',
    ],
    levels: { dimension: 'dimensie', statement: 'stelling', overall: 'totaal' },
    version: 'één versie, alle stellingen',
    linked: 'gekoppelde stellingen van de versies',
    overall: 'Totaalscore',
  },
  en: {
    comparisons: 'Comparisons',
    anova: 'ANOVA',
    headers: [
      'Level',
      'Code',
      'Label',
      'Group A',
      'Group B',
      'Basis',
      'Statements on the basis',
      'n A',
      'n B',
      'Mean A',
      'Mean B',
      'Difference (as shown)',
      'Difference',
      'CI low',
      'CI high',
      't',
      'df',
      'p',
      'p (Holm, all comparisons)',
      "Hedges' g",
      'g CI low',
      'g CI high',
      'Large',
      'Supported',
      'Notable',
      'Status',
    ],
    anovaHeaders: [
      'Code',
      'Label',
      'Groups',
      'F',
      'df1',
      'df2',
      'p',
      'p (Holm)',
      'ω²',
      'Supported',
    ],
    levels: { dimension: 'dimension', statement: 'statement', overall: 'overall' },
    version: 'one version, all statements',
    linked: 'statements linked between the versions',
    overall: 'Overall index',
  },
} as const;

export function gapExportSheets(report: GapReport, language: Language): ExportSheet[] {
  const words = WORDS[language];
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
    { name: words.comparisons, headers: [...words.headers], rows },
    { name: words.anova, headers: [...words.anovaHeaders], rows: anova },
  ];
}

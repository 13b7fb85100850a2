/**
 * What every part of the Gaps screen needs: the analysis, the number format, names in the UI
 * language and one style per group (colour, dash and dot shape), the same in every chart.
 */
import { groupStyles, styleOf, type MarkerShape } from '@shared/charts/group-style';
import type { GroupKind } from '@shared/engagements/model';
import type { GapBasisDto } from '@shared/gaps/report';
import { shownComparison, type GapAnalysisView, type ShownComparison } from '@shared/gaps/view';
import { localized, type Language } from '@shared/questionnaire/instrument';
import { gapFormat, type GapFormat } from './gap-format';

export type DotShape = MarkerShape;

export interface GroupSeries {
  groupId: number;
  /** recharts dataKey. */
  key: string;
  label: string;
  kind: GroupKind;
  colour: string;
  dash: string;
  shape: DotShape;
}

export interface GapContext {
  analysis: GapAnalysisView;
  /** The analysis' comparisons with their rows as objects (they travel as columns). */
  comparisons: ShownComparison[];
  language: Language;
  format: GapFormat;
  /** The compared groups, in the order of the analysis. */
  series: GroupSeries[];
  seriesOf: (groupId: number) => GroupSeries | undefined;
  dimensionName: (code: string) => string;
  /** A statement's text by its id (the comparison identity). */
  itemText: (id: string) => string;
  /** A statement's code by its id. */
  itemCode: (id: string) => string;
  needName: (code: string) => string;
  basisOf: (id: string | null) => GapBasisDto | undefined;
  /** What the side-by-side pictures rest on. */
  commonBasis: GapBasisDto | undefined;
  /** Whose charts these are: exported files are named "<chart title> - <client>". */
  exportFor: string;
}

export function gapContext(
  analysis: GapAnalysisView,
  language: Language,
  clientName: string,
): GapContext {
  // One style per group of the engagement (shared with the Results tab and the report), so a
  // group keeps its colour and shape whichever groups are compared; customers stay recognisable.
  const styles = groupStyles(
    analysis.groups.map((group) => ({ id: group.groupId, kind: group.kind })),
  );
  const series = analysis.compared.flatMap((groupId): GroupSeries[] => {
    const group = analysis.groups.find((candidate) => candidate.groupId === groupId);
    if (!group) return [];
    return [
      {
        groupId,
        key: `g${groupId}`,
        label: group.name,
        kind: group.kind,
        ...styleOf(styles, groupId),
      },
    ];
  });
  const names = (entries: { code: string; name: { nl: string; en: string } }[]) => {
    const map = new Map(entries.map((entry) => [entry.code, localized(entry.name, language)]));
    return (code: string) => map.get(code) ?? code;
  };
  const itemTexts = new Map(
    analysis.items.map((item) => [item.id, localized(item.text, language)]),
  );
  const itemCodes = new Map(analysis.items.map((item) => [item.id, item.code]));
  const basisOf = (id: string | null) => analysis.bases.find((basis) => basis.id === id);
  return {
    analysis,
    comparisons: analysis.comparisons.map(shownComparison),
    language,
    format: gapFormat(language),
    series,
    seriesOf: (groupId) => series.find((entry) => entry.groupId === groupId),
    dimensionName: names(analysis.dimensions),
    itemText: (id) => itemTexts.get(id) ?? id,
    itemCode: (id) => itemCodes.get(id) ?? id,
    needName: names(analysis.needs),
    basisOf,
    commonBasis: basisOf(analysis.commonBasisId),
    exportFor: clientName,
  };
}

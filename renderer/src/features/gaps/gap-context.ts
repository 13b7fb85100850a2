/**
 * What every part of the Gaps screen needs: the analysis, the number format, names in the UI
 * language and one style per group (colour, dash and dot shape), the same in every chart.
 */
import type { GroupKind } from '@shared/engagements/model';
import type { GapAnalysis } from '@shared/gaps/report';
import { localized, type Language } from '@shared/questionnaire/instrument';
import { seriesStyle } from '@renderer/components/charts';
import { gapFormat, type GapFormat } from './gap-format';
import { MARKER_SHAPES, type MarkerShape } from '@renderer/components/charts/markers';

export type DotShape = MarkerShape;
const SHAPES: readonly DotShape[] = MARKER_SHAPES;

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
  analysis: GapAnalysis;
  language: Language;
  format: GapFormat;
  /** The compared groups, in the order of the analysis. */
  series: GroupSeries[];
  seriesOf: (groupId: number) => GroupSeries | undefined;
  dimensionName: (code: string) => string;
  itemText: (code: string) => string;
  needName: (code: string) => string;
  /** Base of export file names: client and part, e.g. "metaal-bv-gaps-heatmap". */
  /** Whose charts these are: exported files are named "<chart title> - <client>". */
  exportFor: string;
}

export function gapContext(
  analysis: GapAnalysis,
  language: Language,
  clientName: string,
): GapContext {
  // Styles follow the group's place in the engagement, so a group keeps its colour when others
  // are added to or removed from the comparison.
  const series = analysis.compared.flatMap((groupId): GroupSeries[] => {
    const index = analysis.groups.findIndex((group) => group.groupId === groupId);
    const group = analysis.groups[index];
    if (!group) return [];
    return [
      {
        groupId,
        key: `g${groupId}`,
        label: group.name,
        kind: group.kind,
        ...seriesStyle(index),
        shape: SHAPES[index % SHAPES.length]!,
      },
    ];
  });
  const names = (entries: { code: string; name: { nl: string; en: string } }[]) => {
    const map = new Map(entries.map((entry) => [entry.code, localized(entry.name, language)]));
    return (code: string) => map.get(code) ?? code;
  };
  const itemTexts = new Map(
    analysis.items.map((item) => [item.code, localized(item.text, language)]),
  );
  return {
    analysis,
    language,
    format: gapFormat(language),
    series,
    seriesOf: (groupId) => series.find((entry) => entry.groupId === groupId),
    dimensionName: names(analysis.dimensions),
    itemText: (code) => itemTexts.get(code) ?? code,
    needName: names(analysis.needs),
    exportFor: clientName,
  };
}

/**
 * The series the results screen compares: the whole engagement first, then every group that the
 * anonymity threshold allows to be shown, each in its own colour and dash — the same group style
 * as on the Kloof tab and in the report (shared/charts/group-style.ts).
 */
import { groupStyles, NEUTRAL_STYLE, styleOf } from '@shared/charts/group-style';
import type { GroupResultInfo, QuestionnaireResults } from '@shared/questionnaire/results';
import type { ResultBlock } from '@shared/questionnaire/result-block';
import type { Instrument } from '@shared/questionnaire/instrument';
import { localized, type Language } from '@shared/questionnaire/instrument';

export interface ResultSeries {
  /** 'total' or `g<groupId>`: a recharts dataKey. */
  key: string;
  label: string;
  colour: string;
  dash: string;
  groupId: number | null;
  block: ResultBlock;
  /** The group's participation; null for the whole sample. */
  info: GroupResultInfo | null;
}

export function resultSeries(results: QuestionnaireResults, totalLabel: string): ResultSeries[] {
  const styles = groupStyles(
    results.groups.map((group) => ({ id: group.groupId, kind: group.kind })),
  );
  const total: ResultSeries[] = results.total
    ? [
        {
          key: 'total',
          label: totalLabel,
          colour: NEUTRAL_STYLE.colour,
          dash: NEUTRAL_STYLE.dash,
          groupId: null,
          block: results.total,
          info: null,
        },
      ]
    : [];
  const groups = results.groups
    .filter((group) => !group.suppressed)
    .flatMap((group) => {
      const entry = results.byGroup.find((candidate) => candidate.groupId === group.groupId);
      return entry ? [{ group, block: entry.block }] : [];
    })
    .map(({ group, block }): ResultSeries => {
      const style = styleOf(styles, group.groupId);
      return {
        key: `g${group.groupId}`,
        label: group.name,
        colour: style.colour,
        dash: style.dash,
        groupId: group.groupId,
        block,
        info: group,
      };
    });
  return [...total, ...groups];
}

/** Groups kept out of every comparison because they are below the anonymity threshold. */
export function suppressedGroups(results: QuestionnaireResults): GroupResultInfo[] {
  return results.groups.filter((group) => group.suppressed);
}

/** Looks up dimension and item texts of the instrument in the UI language. */
export interface InstrumentTexts {
  dimension: (code: string) => string;
  item: (code: string) => string;
  /** Label of a scale point, e.g. "Mee eens"; the number itself when the scale has no labels. */
  point: (value: number) => string;
}

export function instrumentTexts(instrument: Instrument, language: Language): InstrumentTexts {
  const dimensions = new Map(instrument.dimensions.map((dimension) => [dimension.code, dimension]));
  const items = new Map(instrument.items.map((item) => [item.code, item]));
  const points = new Map(instrument.scale.points.map((point) => [point.value, point]));
  return {
    dimension: (code) => {
      const dimension = dimensions.get(code);
      return dimension ? localized(dimension.name, language) : code;
    },
    item: (code) => {
      const item = items.get(code);
      return item ? localized(item.text, language) : code;
    },
    point: (value) => {
      const point = points.get(value);
      return point ? localized(point.label, language) : String(value);
    },
  };
}

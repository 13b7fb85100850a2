/** The human-readable summary `klantspiegel analyze` prints without --json. */
import type { AnalysisJson } from '@shared/questionnaire/analysis-json';
import { formatNumber, SCALE_DIGITS } from '@shared/i18n/format';
import { localized, type Instrument } from '@shared/questionnaire/instrument';

const fmt = (value: number | null) =>
  value === null ? '–' : formatNumber(value, 'en', SCALE_DIGITS);

/** The human-readable summary printed without --json (figures as the app shows them). */
export function formatAnalysis(instrument: Instrument, json: AnalysisJson): string {
  const total = json.total;
  const lines = [
    `${localized(instrument.name, 'en')} (v${instrument.version}) — ${total ? `${total.respondents} respondents shown` : 'nothing may be shown'}`,
  ];
  const groups = json.groups.filter(
    (group): group is Extract<typeof group, { suppressed: false }> => !group.suppressed,
  );
  lines.push(
    [
      'Dimension'.padEnd(12),
      'All'.padStart(7),
      ...groups.map((group) => group.name.slice(0, 10).padStart(11)),
    ].join(''),
  );
  (total?.dimensions ?? []).forEach((dimension, index) => {
    lines.push(
      [
        dimension.code.padEnd(12),
        fmt(dimension.mean).padStart(7),
        ...groups.map((group) => fmt(group.dimensions[index]?.mean ?? null).padStart(11)),
      ].join(''),
    );
  });
  if (total) {
    lines.push(
      [
        'Overall'.padEnd(12),
        fmt(total.overall.mean).padStart(7),
        ...groups.map((group) => fmt(group.overall.mean).padStart(11)),
      ].join(''),
    );
  }
  const suppressed = json.groups.filter((group) => group.suppressed).map((group) => group.name);
  if (suppressed.length > 0)
    lines.push(
      `Not shown (fewer than ${json.anonymityThreshold} respondents): ${suppressed.join(', ')}`,
    );
  lines.push(
    'Reliability (Cronbach α): ' +
      json.reliability.map((entry) => `${entry.dimension} ${fmt(entry.alpha)}`).join(', '),
  );
  const notable = json.largestGaps;
  lines.push(
    notable.length === 0
      ? 'No difference between groups is both large and statistically supported (Holm, all comparisons).'
      : `Notable gaps (large and supported, Holm across all ${json.multiplicity.dimensionTests} dimension comparisons):`,
  );
  for (const gap of notable) {
    lines.push(
      `  ${gap.rank}${gap.tied ? '=' : ''}. ${gap.dimension}: ${gap.higher} ${fmt(gap.meanHigher)} − ${gap.lower} ${fmt(gap.meanLower)} = ${fmt(gap.diff)}`,
    );
  }
  return lines.join('\n');
}

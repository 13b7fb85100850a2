import { describe, expect, it } from 'vitest';
import { loadReportSource } from '@main/core/report/assemble';
import { analyseEngagementGaps } from '@main/core/services/gap-analysis';
import { groupStyles } from '@shared/charts/group-style';
import {
  IPA_AXIS_NAMES,
  IPA_QUADRANT_LAYOUT,
  IPA_QUADRANT_NAMES,
  ipaCutOffText,
} from '@shared/gaps/ipa';
import type { Language } from '@shared/questionnaire/instrument';
import { prepareReportData, privateNames } from '@shared/report/anonymity';
import { buildReportDocument } from '@shared/report/document';
import type { ScatterChartSpec } from '@shared/report/chart-spec';
import { defaultReportSettings } from '@shared/report/settings';
import { REPORT_DATE, sampleWorkspace } from './sample-report';

describe('the Importance–Performance grid', () => {
  it.each<Language>(['nl', 'en'])(
    'has the same axes, quadrants, cut-offs, points and group marker in the report as on the Kloof tab (%s)',
    (language) => {
      const { workspace, engagement } = sampleWorkspace(language);
      const screen = analyseEngagementGaps(workspace, { engagementId: engagement.id });
      const source = loadReportSource(
        workspace,
        engagement.id,
        { instrumentId: null },
        'Bureau Spiegel',
      );
      const document = buildReportDocument({
        data: prepareReportData(source),
        settings: defaultReportSettings(),
        privateNames: privateNames(source.interviews),
        today: REPORT_DATE,
      });
      const charts = document.sections
        .flatMap((section) => section.blocks)
        .flatMap((block) =>
          block.kind === 'chart' && block.spec.type === 'scatter' ? [block.spec] : [],
        ) as ScatterChartSpec[];

      expect(screen.needsPicture.ipa.length).toBeGreaterThan(0);
      expect(charts).toHaveLength(screen.needsPicture.ipa.length);
      const styles = groupStyles(
        screen.groups.map((group) => ({ id: group.groupId, kind: group.kind })),
      );
      screen.needsPicture.ipa.forEach((grid, index) => {
        const chart = charts[index]!;
        // Performance across, importance up, the same four names in the same corners.
        expect(chart.xLabel).toBe(IPA_AXIS_NAMES.performance[language]);
        expect(chart.yLabel).toBe(IPA_AXIS_NAMES.importance[language]);
        expect(chart.quadrantLabels).toEqual(
          IPA_QUADRANT_LAYOUT.map((quadrant) => IPA_QUADRANT_NAMES[quadrant][language]),
        );
        // The cut-offs the screen states, printed on the chart.
        expect(chart.xSplit).toBe(grid.performanceSplit);
        expect(chart.ySplit).toBe(grid.importanceSplit);
        expect(chart.cutOffNote).toBe(
          ipaCutOffText(grid.importanceSplit, grid.performanceSplit, language),
        );
        expect(chart.cutOffNote).toMatch(
          language === 'nl' ? /belang \d,\d\d/ : /importance \d\.\d\d/,
        );
        const rated = grid.needs.filter(
          (need) => need.importance !== null && need.performance !== null,
        );
        expect(chart.points.map(({ x, y }) => [x, y])).toEqual(
          rated.map((need) => [need.performance, need.importance]),
        );
        // The customers' own marker, as on every other chart.
        const style = styles.get(grid.groupId)!;
        expect(chart.style).toEqual({ colour: style.colour, shape: style.shape });
        expect(style.shape).toBe('diamond');
      });
    },
  );
});

/**
 * The report scores the staff answers once, for its results and its gap analysis together: what
 * it loads must equal the Results tab's and the Kloof tab's own figures, computed apart.
 */
import { describe, expect, it } from 'vitest';
import { loadReportSource } from '@main/core/report/assemble';
import { createSampleEngagement } from '@main/core/sample/sample-engagement';
import { analyseEngagementGaps } from '@main/core/services/gap-analysis';
import { questionnaireResults } from '@main/core/services/questionnaire-results';
import { tempWorkspace } from '@test/support/temp-workspace';

describe('the report scores each answer once', () => {
  it('loads the same results and gap analysis as the tabs compute apart (staff and customers)', () => {
    const workspace = tempWorkspace();
    const sample = createSampleEngagement(workspace, 'en');
    const staff = workspace.instruments.latestByKey('klantgerichtheidsscan')!;
    for (const instrumentId of [null, staff]) {
      const source = loadReportSource(workspace, sample.id, { instrumentId }, 'Firm');
      const gaps = analyseEngagementGaps(workspace, { engagementId: sample.id });
      expect(gaps.comparisons.some((comparison) => comparison.basisId.includes('+'))).toBe(true);
      expect(JSON.stringify(source.gaps)).toBe(JSON.stringify(gaps));
      expect(source.gaps).toEqual(gaps);
      const results = questionnaireResults(workspace, sample.id, staff);
      expect(JSON.stringify(source.results)).toBe(JSON.stringify(results));
    }
    workspace.close();
  });
});

import { it } from 'vitest';
import { writeFileSync } from 'node:fs';
import { tempWorkspace } from '../../support/temp-workspace';
import { createSampleEngagement } from '../../../electron/main/core/sample/sample-engagement';
import { analyseEngagementGaps } from '../../../electron/main/core/services/gap-analysis';
import { questionnaireResults } from '../../../electron/main/core/services/questionnaire-results';
it('dump', () => {
  const ws = tempWorkspace();
  const e = createSampleEngagement(ws, 'nl');
  const gaps = analyseEngagementGaps(ws, { engagementId: e.id });
  const res = questionnaireResults(ws, e.id, gaps.instrumentId);
  writeFileSync('/tmp/proto/gaps.json', JSON.stringify(gaps, null, 1));
  writeFileSync('/tmp/proto/results.json', JSON.stringify(res, null, 1));
  writeFileSync('/tmp/proto/interviews.json', JSON.stringify({ list: ws.interviews.list(e.id), quotes: ws.interviews.quotes.list(e.id), themes: ws.interviews.themes.list(e.id) }, null, 1));
  writeFileSync('/tmp/proto/engagement.json', JSON.stringify(e, null, 1));
});

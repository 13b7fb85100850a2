/** The sample engagement's report, generated as the app does, for the report tests. */
import type { Language } from '@shared/questionnaire/instrument';
import { createSampleEngagement } from '@main/core/sample/sample-engagement';
import { generateReport } from '@main/core/report/generate';
import type { Workspace } from '@main/core/workspace';
import { tempWorkspace } from '@test/support/temp-workspace';

/** Interviewees of the sample who did not allow their name (see sample-interviews.ts). */
export const SAMPLE_PRIVATE_NAMES = [
  'Ingrid Bos',
  'Peter Smit',
  'Tom Verhoef',
  'Jeroen Bakker',
  'Lisa Jansen',
  'Henk de Kroon',
];

/** The sample's group below the anonymity threshold, by language. */
export const SAMPLE_HIDDEN_GROUP: Record<Language, string> = { nl: 'Management', en: 'Management' };

export const REPORT_DATE = '2026-12-15';

export function sampleWorkspace(language: Language) {
  const workspace = tempWorkspace();
  const engagement = createSampleEngagement(workspace, language);
  return { workspace, engagement, store: workspace.reports };
}

export async function sampleReport(
  language: Language,
  prepare?: (workspace: Workspace, engagementId: number) => void,
) {
  const { workspace, engagement, store } = sampleWorkspace(language);
  prepare?.(workspace, engagement.id);
  const file = await generateReport(workspace, engagement.id, () => {}, REPORT_DATE);
  return { workspace, engagement, store, file };
}

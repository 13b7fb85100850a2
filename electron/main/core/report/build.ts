/**
 * An engagement's report as a document model, with its current settings: what the report view
 * shows and what the Word and PowerPoint writers (generate.ts) write. Apart from them, so the
 * read worker, which builds the view, does not load the `docx` library.
 */
import { buildReportDocument } from '@shared/report/document';
import { todayIso } from '@shared/report/format';
import type { Workspace } from '../workspace';
import { loadReport } from './assemble';
import type { BuiltReport } from './built-report';

/** The document model of an engagement's report with its current settings. */
export function buildEngagementReport(
  workspace: Workspace,
  engagementId: number,
  today = todayIso(),
): BuiltReport {
  const settings = workspace.reports.settings(engagementId);
  const house = workspace.reports.houseStyle();
  const loaded = loadReport(workspace, engagementId, settings, house.style.firmName);
  const document = buildReportDocument({
    data: loaded.data,
    settings,
    privateNames: loaded.privateNames,
    today,
  });
  return { ...loaded, document, settings, house };
}

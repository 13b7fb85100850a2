/**
 * `klantspiegel report --engagement <id> --db <workspace.sqlite> --out <file.docx>`: writes an
 * engagement's report with its saved settings and the workspace's house style, as the app does.
 */
import { writeFileSync } from 'node:fs';
import { generateReport } from '../core/report/generate';
import { onEngagement, type EngagementCommand } from './engagement-command';

const REPORT_USAGE =
  'klantspiegel report --engagement <id> --db <workspace.sqlite> --out <file.docx>';

export function runReport(command: EngagementCommand): Promise<string> {
  return onEngagement(command, 'report', REPORT_USAGE, async (workspace, engagementId, out) => {
    const file = await generateReport(workspace, engagementId);
    writeFileSync(out, file.bytes);
    return file.bytes.length;
  });
}

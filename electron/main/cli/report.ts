/**
 * `klantspiegel report --engagement <id> --db <workspace.sqlite> --out <file.docx|file.pptx>`:
 * writes an engagement's Word report (.docx) or workshop deck (.pptx) with its saved settings and
 * the workspace's house style, as the app does.
 */
import { writeFileSync } from 'node:fs';
import { generateDeliverable } from '../core/report/generate';
import { dropPendingGarbage } from '../core/report/collect-garbage';
import { onEngagement, type EngagementCommand } from './engagement-command';
import { InputError } from './input-error';

export const REPORT_USAGE =
  'klantspiegel report --engagement <id> --db <workspace.sqlite> --out <file.docx|file.pptx>';

export async function runReport(command: EngagementCommand): Promise<string> {
  const { out } = command;
  const format = out && /\.pptx$/i.test(out) ? 'pptx' : out && /\.docx$/i.test(out) ? 'docx' : null;
  if (out && !format) {
    throw new InputError('--out must end in .docx (the report) or .pptx (the workshop deck).');
  }
  return onEngagement(command, 'report', REPORT_USAGE, async (workspace, engagementId, path) => {
    const file = await generateDeliverable(workspace, engagementId, format ?? 'docx');
    // The process ends after this one report: the heap need not be handed back first.
    dropPendingGarbage();
    writeFileSync(path, file.bytes);
    return file.bytes.length;
  });
}

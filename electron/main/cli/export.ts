/**
 * `klantspiegel export --engagement <id> --db <workspace.sqlite> --out <file.qdpx|file.qdc>`:
 * writes an engagement's interviews, codebook, coded passages and memos as a REFI-QDA project
 * (.qdpx), or its codebook alone (.qdc), for MAXQDA, ATLAS.ti, NVivo and the like.
 */
import { writeFileSync } from 'node:fs';
import { extname } from 'node:path';
import { exportExchangeFile } from '../core/refi-qda/files';
import { APP_VERSION } from '../core/app-version';
import { onEngagement, type EngagementCommand } from './engagement-command';
import { InputError } from './input-error';

const EXPORT_USAGE =
  'klantspiegel export --engagement <id> --db <workspace.sqlite> --out <file.qdpx|file.qdc>';

export async function runExport(command: EngagementCommand): Promise<string> {
  const format = extname(command.out ?? '')
    .toLowerCase()
    .slice(1);
  if (command.out && format !== 'qdpx' && format !== 'qdc') {
    throw new InputError('--out must end in .qdpx (whole project) or .qdc (codebook).');
  }
  return onEngagement(command, 'export', EXPORT_USAGE, (workspace, engagementId, out) => {
    const file = exportExchangeFile(workspace, engagementId, format as 'qdpx' | 'qdc', APP_VERSION);
    writeFileSync(out, file.bytes);
    return file.bytes.length;
  });
}

/**
 * REFI-QDA files in and out, as the app, the browser host and the command line use them.
 * See model.ts for what is exchanged and xml.ts / qdpx.ts for the formats.
 */
import { strToU8 } from 'fflate';
import type { ExportedFile } from '@shared/ipc/interviews';
import type { ImportSummary } from '@shared/ipc/exchange';
import { readableFileName } from '@shared/util/file-name';
import type { Workspace } from '../workspace';
import { engagementProject } from './from-engagement';
import type { ExchangeFileContent } from './read-file';
import { importCodebook, importProject } from './into-engagement';
import { writeQdpx } from './qdpx';
import { codebookXml } from './xml';

export const QDPX_MIME_TYPE = 'application/vnd.refi-qda.qdpx';
export const QDC_MIME_TYPE = 'application/vnd.refi-qda.qdc+xml';

export function exportExchangeFile(
  workspace: Workspace,
  engagementId: number,
  format: 'qdpx' | 'qdc',
  appVersion: string,
): ExportedFile {
  const project = engagementProject(workspace, engagementId, appVersion);
  const stem = readableFileName(project.name) || 'Klantspiegel';
  if (format === 'qdc') {
    return {
      fileName: `${stem}.qdc`,
      mimeType: QDC_MIME_TYPE,
      bytes: strToU8(codebookXml(project.codes, project.origin)),
    };
  }
  return { fileName: `${stem}.qdpx`, mimeType: QDPX_MIME_TYPE, bytes: writeQdpx(project) };
}

/** What was read from a REFI-QDA file, into the engagement. */
export function importExchangeFile(
  workspace: Workspace,
  engagementId: number,
  content: ExchangeFileContent,
): ImportSummary {
  return content.kind === 'project'
    ? importProject(workspace, engagementId, content.project, content.skippedSources)
    : importCodebook(workspace, engagementId, content.codes);
}

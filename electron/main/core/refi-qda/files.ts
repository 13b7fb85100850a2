/**
 * REFI-QDA files in and out, as the app, the browser host and the command line use them.
 * See model.ts for what is exchanged and xml.ts / qdpx.ts for the formats.
 */
import { strFromU8, strToU8 } from 'fflate';
import type { ExportedFile } from '@shared/ipc/interviews';
import type { ImportSummary } from '@shared/ipc/exchange';
import { readableFileName } from '@shared/util/file-name';
import type { Workspace } from '../workspace';
import { engagementProject } from './from-engagement';
import { importCodebook, importProject, unknownExchangeFile } from './into-engagement';
import { readQdpx, writeQdpx } from './qdpx';
import { codebookXml, MAX_XML_CHARS, parseCodebookXml } from './xml';

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

const isZip = (bytes: Uint8Array) => bytes[0] === 0x50 && bytes[1] === 0x4b;

/** A .qdpx (a zip) or a .qdc (XML with a CodeBook root) into the engagement. */
export function importExchangeFile(
  workspace: Workspace,
  engagementId: number,
  bytes: Uint8Array,
): ImportSummary {
  if (isZip(bytes)) {
    const { project, skippedSources } = readQdpx(bytes);
    return importProject(workspace, engagementId, project, skippedSources);
  }
  if (bytes.length > MAX_XML_CHARS) throw unknownExchangeFile();
  const text = strFromU8(bytes);
  if (!/<(\w+:)?CodeBook[\s>]/.test(text)) throw unknownExchangeFile();
  return importCodebook(workspace, engagementId, parseCodebookXml(text));
}

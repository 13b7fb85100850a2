/**
 * One engagement's report, from the workspace to .docx bytes, and its workshop deck as .pptx:
 * used by the app (as a job with progress), the command line and the bench.
 */
import type { FileDownload } from '@shared/ipc/files';
import type { DeliverableFormat } from '@shared/ipc/report';
import { todayIso } from '@shared/report/format';
import { wordsFor } from '@shared/report/words';
import { readableFileName } from '@shared/util/file-name';
import type { Workspace } from '../workspace';
import { buildEngagementReport } from './build';
import { writeReportDocx } from './docx-writer';
import {
  collectGarbageSoon,
  collectPendingGarbage,
  releaseAnalysisMemory,
} from './collect-garbage';
import { outputText } from '@shared/i18n/output';

export const DOCX_MIME_TYPE =
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
export const PPTX_MIME_TYPE =
  'application/vnd.openxmlformats-officedocument.presentationml.presentation';

export type ReportStage = 'loading' | 'charts' | 'writing' | 'packing' | 'done';
export type GenerateProgress = (stage: ReportStage, percent: number) => void;

/** Where each stage's work falls on the 0–100 progress bar. */
const STAGE_RANGE: Record<Exclude<ReportStage, 'done'>, [number, number]> = {
  loading: [0, 10],
  charts: [10, 65],
  writing: [65, 75],
  packing: [75, 100],
};

export type { BuiltReport } from './built-report';

export async function generateReport(
  workspace: Workspace,
  engagementId: number,
  onProgress: GenerateProgress = () => {},
  today = todayIso(),
): Promise<FileDownload> {
  const report = (stage: Exclude<ReportStage, 'done'>, fraction: number) => {
    const [from, to] = STAGE_RANGE[stage];
    onProgress(stage, Math.round(from + (to - from) * Math.min(1, Math.max(0, fraction))));
  };
  report('loading', 0);
  collectPendingGarbage();
  const built = buildEngagementReport(workspace, engagementId, today);
  const { house } = built;
  report('loading', 1);
  releaseAnalysisMemory();
  // Give waiting requests (progress polls) a turn before the heavy part starts.
  await new Promise((resolve) => setImmediate(resolve));
  const bytes = await writeReportDocx(
    built.document,
    { style: house.style, logo: house.logo, template: workspace.reports.template() },
    report,
  );
  // For the progress overview: when the report was last written.
  workspace.progress.markReportGenerated(engagementId);
  collectGarbageSoon();
  onProgress('done', 100);
  return {
    fileName: reportFileName(built.document.clientName, built.data.language, today),
    mimeType: DOCX_MIME_TYPE,
    bytes,
  };
}

/** The workshop deck for the feedback session, from the same document model as the report. */
export async function generateDeck(
  workspace: Workspace,
  engagementId: number,
  onProgress: GenerateProgress = () => {},
  today = todayIso(),
): Promise<FileDownload> {
  onProgress('loading', 0);
  const built = buildEngagementReport(workspace, engagementId, today);
  const { house } = built;
  onProgress('writing', 40);
  await new Promise((resolve) => setImmediate(resolve));
  // pptxgenjs loads only when a deck is made, not with every report.
  const { writeWorkshopDeck } = await import('./deck/pptx-writer');
  const bytes = await writeWorkshopDeck(built, { style: house.style, logo: house.logo });
  onProgress('done', 100);
  return {
    fileName: reportFileName(built.document.clientName, built.data.language, today, 'pptx'),
    mimeType: PPTX_MIME_TYPE,
    bytes,
  };
}

export function generateDeliverable(
  workspace: Workspace,
  engagementId: number,
  format: DeliverableFormat,
  onProgress: GenerateProgress = () => {},
  today = todayIso(),
): Promise<FileDownload> {
  return format === 'pptx'
    ? generateDeck(workspace, engagementId, onProgress, today)
    : generateReport(workspace, engagementId, onProgress, today);
}

/** "Rapport Metaalwerk De Kroon B.V. 2026-12-15.docx", safe on every file system. */
export function reportFileName(
  clientName: string,
  language: 'nl' | 'en',
  date: string,
  extension: DeliverableFormat = 'docx',
): string {
  const words = outputText(language);
  const word = extension === 'pptx' ? words.deckFile : words.reportFile;
  const client = readableFileName(clientName, 80);
  return `${word} ${client || wordsFor(language).defaultTitle.slice(0, 20)} ${date}.${extension}`;
}

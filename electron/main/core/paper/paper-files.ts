/**
 * Printable files from the workspace: the questionnaire of one instrument version for an
 * engagement (its groups, optionally pre-numbered forms) and an interview guide.
 */
import { AppError } from '@shared/ipc/errors';
import type { FileDownload } from '@shared/ipc/files';
import {
  buildPaperQuestionnaire,
  MAX_PAPER_FORMS,
  type PaperGroup,
} from '@shared/paper/questionnaire-form';
import { localized, type Instrument, type Language } from '@shared/questionnaire/instrument';
import { readableFileName } from '@shared/util/file-name';
import { DOCX_MIME_TYPE } from '../report/generate';
import type { Workspace } from '../workspace';
import { writeInterviewGuideDocx } from './interview-guide-docx';
import { writeQuestionnaireDocx } from './questionnaire-docx';
import { outputText } from '@shared/i18n/output';

export interface QuestionnairePaperRequest {
  engagementId: number;
  instrumentId: number;
  language?: Language | undefined;
  forms: { groupId: number; count: number }[];
}

/** "Vragenlijst Klantgerichtheidsscan v1 (nl).docx" */
export function questionnaireFileName(instrument: Instrument, language: Language): string {
  const word = outputText(language).paper.questionnaireFile;
  const name = readableFileName(localized(instrument.name, language), 80);
  return `${word} ${name} v${instrument.version} (${language}).docx`;
}

export async function questionnaireDocx(
  instrument: Instrument,
  language: Language,
  groups: PaperGroup[],
  existingCodes: Iterable<string> = [],
): Promise<Uint8Array> {
  const form = buildPaperQuestionnaire({ instrument, language, groups, existingCodes });
  return writeQuestionnaireDocx(form);
}

export async function questionnairePaper(
  workspace: Workspace,
  request: QuestionnairePaperRequest,
): Promise<FileDownload> {
  const engagement = workspace.engagements.get(request.engagementId);
  const { instrument } = workspace.instruments.get(request.instrumentId);
  const language = request.language ?? engagement.language;
  for (const { groupId } of request.forms) {
    if (!engagement.groups.some((group) => group.id === groupId)) {
      throw new AppError('errors.notFound', { what: 'group', id: groupId });
    }
  }
  const total = request.forms.reduce((sum, entry) => sum + entry.count, 0);
  if (total > MAX_PAPER_FORMS) throw new AppError('paper.tooManyForms', { max: MAX_PAPER_FORMS });
  const groups = engagement.groups.map((group) => ({
    name: group.name,
    forms: request.forms.find((entry) => entry.groupId === group.id)?.count ?? 0,
  }));
  const bytes = await questionnaireDocx(
    instrument,
    language,
    groups,
    workspace.respondents.codes(engagement.id),
  );
  return { fileName: questionnaireFileName(instrument, language), mimeType: DOCX_MIME_TYPE, bytes };
}

export async function interviewGuidePaper(
  workspace: Workspace,
  ref: string,
  language: Language,
): Promise<FileDownload> {
  const { guide } = workspace.interviews.guides.resolve(ref);
  const word = outputText(language).paper.guideFile;
  const name = readableFileName(localized(guide.name, language), 80);
  return {
    fileName: `${word} ${name} (${language}).docx`,
    mimeType: DOCX_MIME_TYPE,
    bytes: await writeInterviewGuideDocx(guide, language),
  };
}

/**
 * An engagement's qualitative work as a REFI-QDA project: each interview a text source (its
 * notes section by section, under the guide's questions), the codebook as codes (two levels,
 * with colours and descriptions), every quote and coded passage a selection with its codes,
 * and the memos as notes on the project, the sources and the codes.
 */
import type { Language } from '@shared/questionnaire/instrument';
import type { InterviewDetail, Memo, Quote, Theme } from '@shared/interviews/model';
import { anonymousAttribution } from '@shared/interviews/attribution';
import { noteSections, sectionLabel } from '@shared/interviews/guides';
import { noteText, locatePassages, type NoteText } from '@shared/interviews/note-text';
import { themeTree } from '@shared/interviews/themes';
import { localeText } from '@shared/i18n/resources';
import type { Workspace } from '../workspace';
import {
  QUOTE_NAMES,
  stableGuid,
  toCodePoints,
  type QdaCode,
  type QdaNote,
  type QdaProject,
  type QdaSource,
  type QdaVariable,
} from './model';

/** The variables every exported interview carries, named in the engagement's language. */
export const INTERVIEW_VARIABLES = [
  { key: 'kind', label: 'interviews.fields.kind', type: 'Text' },
  { key: 'group', label: 'interviews.fields.group', type: 'Text' },
  { key: 'role', label: 'interviews.fields.role', type: 'Text' },
  { key: 'date', label: 'interviews.fields.date', type: 'Date' },
] as const;

export function engagementProject(
  workspace: Workspace,
  engagementId: number,
  appVersion: string,
): QdaProject {
  const engagement = workspace.engagements.get(engagementId);
  const language = engagement.language;
  const guid = (...parts: (string | number)[]) =>
    stableGuid('klantspiegel', engagement.id, engagement.createdAt, ...parts);
  const themes = workspace.interviews.themes.list(engagementId);
  const passages = workspace.interviews.quotes.list(engagementId, { includeCodings: true });
  const memos = workspace.interviews.memos.list(engagementId);
  const codeGuid = (themeId: number) => guid('theme', themeId);
  const notes: QdaNote[] = [];
  const noteFor = (memo: Memo | undefined, name: string): string[] => {
    if (!memo) return [];
    const note = { guid: guid('memo', memo.id), name: `Memo: ${name}`, text: memo.text };
    notes.push(note);
    return [note.guid];
  };
  const memoOf = (kind: Memo['target']['kind'], id?: number) =>
    memos.find(
      (memo) =>
        memo.target.kind === kind &&
        (kind === 'engagement' || ('id' in memo.target && memo.target.id === id)),
    );

  const codeOf = (theme: Theme, children: Theme[]): QdaCode => ({
    guid: codeGuid(theme.id),
    name: theme.name,
    colour: theme.colour.toLowerCase(),
    description: theme.description,
    children: children.map((child) => codeOf(child, [])),
    noteGuids: noteFor(memoOf('theme', theme.id), theme.name),
  });
  const codes = themeTree(themes).map((node) => codeOf(node.theme, node.children));

  const variables: QdaVariable[] = INTERVIEW_VARIABLES.map((variable) => ({
    guid: guid('variable', variable.key),
    name: localeText(language, variable.label),
    type: variable.type,
  }));
  const groups = new Map(engagement.groups.map((group) => [group.id, group]));
  const sources = workspace.interviews
    .list(engagementId)
    .reverse()
    .map((summary) => {
      const detail = workspace.interviews.get(summary.id);
      const group = detail.groupId === null ? null : (groups.get(detail.groupId) ?? null);
      const name = [anonymousAttribution(detail, group, language), detail.date]
        .filter(Boolean)
        .join(' — ');
      return interviewSource(detail, {
        guid: guid('interview', detail.id),
        name,
        language,
        passages: passages.filter((passage) => passage.interviewId === detail.id),
        selectionGuid: (passageId) => guid('passage', passageId),
        codeGuid,
        noteGuids: noteFor(memoOf('interview', detail.id), name),
        variables: [
          localeText(language, `interviews.kinds.${detail.kind}`),
          group?.name ?? '',
          detail.intervieweeRole,
          detail.date ?? '',
        ].flatMap((value, index) =>
          value ? [{ variableGuid: variables[index]!.guid, value }] : [],
        ),
      });
    });

  return {
    name: engagement.clientName,
    origin: `Klantspiegel ${appVersion}`,
    createdAt: engagement.updatedAt,
    user: {
      guid: guid('user', engagement.consultants[0] ?? ''),
      name: engagement.consultants[0] ?? 'Klantspiegel',
    },
    codes,
    variables,
    sources,
    notes,
    projectNoteGuids: noteFor(memoOf('engagement'), engagement.clientName),
  };
}

interface SourceOptions {
  guid: string;
  name: string;
  language: Language;
  passages: Quote[];
  selectionGuid: (passageId: number) => string;
  codeGuid: (themeId: number) => string;
  noteGuids: string[];
  variables: QdaSource['variables'];
}

/**
 * One interview's notes as one text: each section that has notes under its title (the guide's
 * question, or "Free notes"), sections apart by a blank line; passages placed by where their
 * marks stand.
 */
function interviewSource(detail: InterviewDetail, options: SourceOptions): QdaSource {
  const texts = new Map<string, NoteText>(
    detail.notes.map((note) => [note.sectionKey, noteText(note.doc)]),
  );
  const order = [
    ...noteSections(detail.guide).map((section) => section.key),
    ...detail.notes.map((note) => note.sectionKey),
  ].filter((key, index, keys) => keys.indexOf(key) === index);
  let text = '';
  const offsets = new Map<string, number>();
  for (const key of order) {
    const section = texts.get(key);
    if (!section || section.text === '') continue;
    const title =
      sectionLabel(detail.guide, key, options.language) ??
      localeText(options.language, 'interviews.notes.free');
    if (text) text += '\n\n';
    text += `${title}\n`;
    offsets.set(key, text.length);
    text += section.text;
  }
  const located = locatePassages(texts, options.passages);
  const selections = options.passages.flatMap((passage) => {
    const place = located.get(passage.id);
    const offset = place ? offsets.get(place.sectionKey) : undefined;
    if (!place || offset === undefined) return [];
    return [
      {
        guid: options.selectionGuid(passage.id),
        name: passage.isQuote ? QUOTE_NAMES[options.language] : '',
        start: toCodePoints(text, offset + place.range.start),
        end: toCodePoints(text, offset + place.range.end),
        codeGuids: passage.themeIds.map(options.codeGuid),
      },
    ];
  });
  return {
    guid: options.guid,
    name: options.name,
    text,
    selections,
    noteGuids: options.noteGuids,
    variables: options.variables,
  };
}

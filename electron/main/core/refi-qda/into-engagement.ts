/**
 * A REFI-QDA codebook or project into an engagement: codes become themes (two levels; deeper
 * codes join their top-level ancestor as "Sub / sub-sub"), a code whose name a theme already has
 * is that theme; each text source becomes an interview whose free notes hold its text, with
 * every selection a coded passage (a quote when it is named so) marked where it stands; notes
 * become memos. All of it in one transaction: the whole project or nothing.
 */
import type { ImportSummary } from '@shared/ipc/exchange';
import type { Engagement } from '@shared/engagements/model';
import {
  FREE_NOTES_KEY,
  INTERVIEW_KINDS,
  quoteTextSchema,
  themeInputSchema,
  type InterviewKind,
  type MemoTarget,
} from '@shared/interviews/model';
import { NOTE_LIMITS } from '@shared/interviews/note-doc';
import { docFromText } from '@shared/interviews/note-text';
import { nextThemeColour } from '@shared/interviews/themes';
import { localeText } from '@shared/i18n/resources';
import { LANGUAGES } from '@shared/questionnaire/instrument';
import type { Workspace } from '../workspace';
import { INTERVIEW_VARIABLES } from './from-engagement';
import { normaliseColour, QUOTE_NAMES, toUtf16, type QdaCode, type QdaProject } from './model';

const THEME_NAME_MAX = 80;
const ROLE_MAX = 160;

function emptySummary(): ImportSummary {
  return {
    themesCreated: 0,
    themesReused: 0,
    interviews: 0,
    passages: 0,
    memos: 0,
    skippedSources: 0,
    skippedSelections: 0,
  };
}

/** Code GUID → theme id, creating the themes that are not there yet. */
function importCodes(
  workspace: Workspace,
  engagementId: number,
  codes: QdaCode[],
  summary: ImportSummary,
): Map<string, number> {
  const ids = new Map<string, number>();
  const themes = () => workspace.interviews.themes.list(engagementId);
  const ensure = (code: QdaCode, name: string, parentId: number | null): number => {
    const trimmed = name.trim().slice(0, THEME_NAME_MAX) || '?';
    const existing = themes().find(
      (theme) => theme.name.toLocaleLowerCase() === trimmed.toLocaleLowerCase(),
    );
    if (existing) {
      summary.themesReused++;
      return existing.id;
    }
    const input = themeInputSchema.parse({
      name: trimmed,
      description: code.description.slice(0, 1000),
      colour:
        normaliseColour(code.colour)?.toUpperCase() ??
        nextThemeColour(themes().map((theme) => theme.colour)),
      parentId,
    });
    const saved = workspace.interviews.themes.save(engagementId, input);
    summary.themesCreated++;
    return saved.find((theme) => theme.name === input.name)!.id;
  };
  const descendants = (code: QdaCode, path: string[]): { code: QdaCode; path: string[] }[] =>
    code.children.flatMap((child) => [
      { code: child, path: [...path, child.name] },
      ...descendants(child, [...path, child.name]),
    ]);
  for (const top of codes) {
    const topId = ensure(top, top.name, null);
    ids.set(top.guid, topId);
    // A theme that already has a parent cannot take children; its sub-codes stand beside it.
    const parentOk = workspace.interviews.themes
      .list(engagementId)
      .some((theme) => theme.id === topId && theme.parentId === null);
    for (const { code, path } of descendants(top, [])) {
      const id = ensure(code, path.join(' / '), parentOk ? topId : null);
      ids.set(code.guid, id);
    }
  }
  return ids;
}

export function importCodebook(
  workspace: Workspace,
  engagementId: number,
  codes: QdaCode[],
): ImportSummary {
  const summary = emptySummary();
  workspace.engagements.get(engagementId);
  workspace.db.transaction(() => importCodes(workspace, engagementId, codes, summary))();
  return summary;
}

/** The values of the variables Klantspiegel knows (by their Dutch or English name). */
function knownVariables(project: QdaProject, source: QdaProject['sources'][number]) {
  const values: Partial<Record<(typeof INTERVIEW_VARIABLES)[number]['key'], string>> = {};
  for (const variable of INTERVIEW_VARIABLES) {
    const names = LANGUAGES.map((language) => localeText(language, variable.label).toLowerCase());
    const guids = project.variables
      .filter((candidate) => names.includes(candidate.name.trim().toLowerCase()))
      .map((candidate) => candidate.guid);
    const value = source.variables.find((entry) => guids.includes(entry.variableGuid))?.value;
    if (value) values[variable.key] = value.trim();
  }
  return values;
}

function kindOf(label: string | undefined): InterviewKind {
  for (const kind of INTERVIEW_KINDS) {
    if (LANGUAGES.some((language) => localeText(language, `interviews.kinds.${kind}`) === label)) {
      return kind;
    }
  }
  return 'internal-interview';
}

export function importProject(
  workspace: Workspace,
  engagementId: number,
  project: QdaProject,
  skippedSources: number,
): ImportSummary {
  const summary = emptySummary();
  summary.skippedSources = skippedSources;
  const engagement = workspace.engagements.get(engagementId);
  workspace.db.transaction(() => {
    const codeIds = importCodes(workspace, engagementId, project.codes, summary);
    const notes = new Map(project.notes.map((note) => [note.guid, note]));
    const memoTexts = new Map<string, { target: MemoTarget; texts: string[] }>();
    const addMemos = (target: MemoTarget, guids: string[]) => {
      const texts = guids.flatMap((guid) => {
        const text = notes.get(guid)?.text.trim();
        return text ? [text] : [];
      });
      if (texts.length === 0) return;
      const key = JSON.stringify(target);
      const entry = memoTexts.get(key) ?? { target, texts: [] };
      entry.texts.push(...texts);
      memoTexts.set(key, entry);
    };
    addMemos({ kind: 'engagement' }, project.projectNoteGuids);
    const walk = (codes: QdaCode[]) => {
      for (const code of codes) {
        const id = codeIds.get(code.guid);
        if (id !== undefined) addMemos({ kind: 'theme', id }, code.noteGuids);
        walk(code.children);
      }
    };
    walk(project.codes);

    for (const source of project.sources) {
      // Notes have a size limit (note-doc.ts); a text beyond it is left out, not cut short.
      if (source.text.length > NOTE_LIMITS.maxTextChars) {
        summary.skippedSources++;
        continue;
      }
      const interviewId = importSource(workspace, engagement, project, source, codeIds, summary);
      addMemos({ kind: 'interview', id: interviewId }, source.noteGuids);
    }

    for (const { target, texts } of memoTexts.values()) {
      const existing = workspace.interviews.memos
        .list(engagementId)
        .find((memo) => JSON.stringify(memo.target) === JSON.stringify(target));
      const text = [existing?.text, ...texts].filter(Boolean).join('\n\n');
      workspace.interviews.memos.save(engagementId, target, text);
      summary.memos += texts.length;
    }
  })();
  return summary;
}

function importSource(
  workspace: Workspace,
  engagement: Engagement,
  project: QdaProject,
  source: QdaProject['sources'][number],
  codeIds: Map<string, number>,
  summary: ImportSummary,
): number {
  const variables = knownVariables(project, source);
  const group = engagement.groups.find(
    (candidate) => candidate.name.toLowerCase() === variables.group?.toLowerCase(),
  );
  const date = /^\d{4}-\d{2}-\d{2}/.exec(variables.date ?? '')?.[0] ?? null;
  const interview = workspace.interviews.create({
    engagementId: engagement.id,
    kind: kindOf(variables.kind),
    guideRef: null,
    groupId: group?.id ?? null,
    intervieweeRole: (variables.role ?? source.name).slice(0, ROLE_MAX),
    organisation: '',
    intervieweeName: '',
    nameMayBeShown: false,
    interviewer: '',
    date,
    mode: null,
    consentGiven: false,
    consentDate: null,
  });
  summary.interviews++;
  const quoteNames = Object.values(QUOTE_NAMES).map((name) => name.toLowerCase());
  const marks: { id: number; range: { start: number; end: number } }[] = [];
  for (const selection of source.selections) {
    const start = toUtf16(source.text, selection.start);
    const end = toUtf16(source.text, selection.end);
    const text = quoteTextSchema.safeParse(source.text.slice(start, end));
    if (!(end > start) || !text.success || !Number.isFinite(selection.start)) {
      summary.skippedSelections++;
      continue;
    }
    const passage = workspace.interviews.quotes.create({
      interviewId: interview.id,
      sectionKey: FREE_NOTES_KEY,
      text: text.data,
      themeIds: [...new Set(selection.codeGuids.flatMap((guid) => codeIds.get(guid) ?? []))],
      isQuote: quoteNames.includes(selection.name.trim().toLowerCase()),
    });
    marks.push({ id: passage.id, range: { start, end } });
    summary.passages++;
  }
  workspace.interviews.saveNotes(interview.id, FREE_NOTES_KEY, docFromText(source.text, marks));
  return interview.id;
}

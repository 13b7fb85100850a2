/**
 * Guides as interviews use them: references to shipped or workspace guides, the note sections a
 * guide gives an interview, and helpers for editing a consultant's own copy.
 */
import type { Guide, GuideQuestion } from '../content/guides';
import { localized, type Language, type LocalizedText } from '../questionnaire/instrument';
import { FREE_NOTES_KEY, questionSectionKey } from './model';
import { LABEL_TEXT } from '../i18n/labels';
import { fill } from '../i18n/texts';

export type GuideRef = { source: 'shipped'; key: string } | { source: 'workspace'; id: number };

export function shippedGuideRef(key: string): string {
  return `shipped:${key}`;
}

export function workspaceGuideRef(id: number): string {
  return `workspace:${id}`;
}

export function parseGuideRef(ref: string): GuideRef | null {
  const [source, value] = ref.split(':', 2);
  if (source === 'shipped' && value) return { source, key: value };
  if (source === 'workspace' && value && /^\d+$/.test(value)) return { source, id: Number(value) };
  return null;
}

/** A guide as listed for choosing and editing. */
export interface GuideEntry {
  ref: string;
  guide: Guide;
  /** Workspace guides are the consultant's own and can be edited; shipped ones are copied. */
  editable: boolean;
  /** For a copy: the ref of the guide it was copied from. */
  copiedFrom: string | null;
  updatedAt: string | null;
}

export interface DimensionOption {
  code: string;
  name: LocalizedText;
}

export interface NoteSectionInfo {
  key: string;
  question: GuideQuestion | null;
}

/** The note sections of an interview: one per guide question in order, then the free notes. */
export function noteSections(guide: Guide | null): NoteSectionInfo[] {
  return [
    ...(guide?.questions ?? []).map((question) => ({
      key: questionSectionKey(question.id),
      question,
    })),
    { key: FREE_NOTES_KEY, question: null },
  ];
}

/** The question text of a section in the given language; null for the free notes. */
export function sectionLabel(
  guide: Guide | null,
  sectionKey: string,
  language: Language,
): string | null {
  const section = noteSections(guide).find((candidate) => candidate.key === sectionKey);
  return section?.question ? localized(section.question.text, language) : null;
}

/** A question id not used in the guide yet ("q1", "q2", …). */
export function newQuestionId(guide: Pick<Guide, 'questions'>): string {
  const used = new Set(guide.questions.map((question) => question.id));
  for (let index = guide.questions.length + 1; ; index++) {
    const candidate = `q${index}`;
    if (!used.has(candidate)) return candidate;
  }
}

/** The name a copy gets: "Kopie van …" / "Copy of …". */
export function copyName(name: LocalizedText): LocalizedText {
  return {
    nl: fill(LABEL_TEXT.nl.copyName, { name: name.nl }),
    en: fill(LABEL_TEXT.en.copyName, { name: name.en }),
  };
}

/**
 * The printable questionnaire as a model, before any Word markup: which boxes, which columns,
 * which statements in which order. Kept pure so the order and the numbering are tested without
 * opening a .docx.
 *
 * The order is the entry grid's: respondent code, group, role, then every item in questionnaire
 * order, so the person typing the forms back moves through the grid left to right while reading
 * the form top to bottom. Each statement shows its item code, the grid's column header.
 */
import { sequentialCodes } from '../questionnaire/codes';
import {
  localized,
  type Instrument,
  type Item,
  type Language,
  type Scale,
} from '../questionnaire/instrument';
import { paperWords } from './words';

/** Codes of pre-numbered forms start with P: P001, P002, … */
export const PAPER_CODE_PREFIX = 'P';
/** Pre-numbered forms in one file at most (a large event prints per group). */
export const MAX_PAPER_FORMS = 1000;

export interface PaperColumn {
  /** The scale value the box stands for; null for "don't know". */
  value: number | null;
  label: string;
}

export interface PaperItem {
  /** 1, 2, 3, … through the whole questionnaire (the grid's column order). */
  number: number;
  code: string;
  text: string;
}

export type PaperBlock =
  | { kind: 'scale'; heading: string; columns: PaperColumn[]; items: PaperItem[] }
  | { kind: 'open'; heading: string; items: PaperItem[] };

/** One printed copy: blank, or pre-numbered with its code and group filled in. */
export interface PaperCopy {
  code: string | null;
  groupName: string | null;
}

export interface PaperQuestionnaire {
  language: Language;
  title: string;
  /** "klantgerichtheidsscan v2": which instrument version the form belongs to. */
  versionLabel: string;
  intro: string;
  instructions: string;
  groups: string[];
  copies: PaperCopy[];
  blocks: PaperBlock[];
}

export interface PaperGroup {
  name: string;
  /** Pre-numbered forms for this group (0: none). */
  forms: number;
}

export interface PaperQuestionnaireInput {
  instrument: Instrument;
  language: Language;
  groups: PaperGroup[];
  /** Codes already used in the engagement: pre-numbered codes continue after them. */
  existingCodes?: Iterable<string>;
}

export function paperColumns(scale: Scale, language: Language): PaperColumn[] {
  const columns: PaperColumn[] = [];
  for (let value = scale.min; value <= scale.max; value++) {
    const point = scale.points.find((candidate) => candidate.value === value);
    columns.push({ value, label: point ? localized(point.label, language) : String(value) });
  }
  if (scale.dontKnow) columns.push({ value: null, label: localized(scale.dontKnow, language) });
  return columns;
}

/** Consecutive items that share a table: one dimension's statements, one kind of need question. */
function runKey(item: Item): string {
  return item.kind === 'likert' ? `likert:${item.dimension ?? ''}` : item.kind;
}

function blockHeading(instrument: Instrument, item: Item, language: Language): string {
  const words = paperWords(language).questionnaire;
  switch (item.kind) {
    case 'likert': {
      const dimension = instrument.dimensions.find((entry) => entry.code === item.dimension);
      return dimension ? localized(dimension.name, language) : words.otherHeading;
    }
    case 'importance':
      return words.importanceHeading;
    case 'performance':
      return words.performanceHeading;
    case 'open':
      return words.openHeading;
  }
}

export function paperBlocks(instrument: Instrument, language: Language): PaperBlock[] {
  const blocks: PaperBlock[] = [];
  let lastKey: string | null = null;
  instrument.items.forEach((item, index) => {
    const entry: PaperItem = {
      number: index + 1,
      code: item.code,
      text: localized(item.text, language),
    };
    const key = runKey(item);
    const last = blocks.at(-1);
    if (last && key === lastKey) {
      last.items.push(entry);
      return;
    }
    lastKey = key;
    const heading = blockHeading(instrument, item, language);
    if (item.kind === 'open') blocks.push({ kind: 'open', heading, items: [entry] });
    else {
      const scale = item.kind === 'likert' ? instrument.scale : instrument.needsScale;
      blocks.push({
        kind: 'scale',
        heading,
        columns: paperColumns(scale, language),
        items: [entry],
      });
    }
  });
  return blocks;
}

/** Pre-numbered copies group by group, codes continuing after those in use; else one blank. */
export function paperCopies(
  groups: PaperGroup[],
  existingCodes: Iterable<string> = [],
): PaperCopy[] {
  const total = groups.reduce((sum, group) => sum + group.forms, 0);
  if (total === 0) return [{ code: null, groupName: null }];
  if (total > MAX_PAPER_FORMS) throw new RangeError(`At most ${MAX_PAPER_FORMS} forms per file`);
  const codes = sequentialCodes(PAPER_CODE_PREFIX, existingCodes, total);
  let next = 0;
  return groups.flatMap((group) =>
    Array.from({ length: group.forms }, () => ({ code: codes[next++]!, groupName: group.name })),
  );
}

export function buildPaperQuestionnaire(input: PaperQuestionnaireInput): PaperQuestionnaire {
  const { instrument, language } = input;
  const words = paperWords(language).questionnaire;
  return {
    language,
    title: localized(instrument.name, language),
    versionLabel: `${instrument.id} v${instrument.version}`,
    // The instrument's description is written for consultants; participants get their own words.
    intro: words.intro[instrument.audience],
    instructions: words.instructions,
    groups: input.groups.map((group) => group.name),
    copies: paperCopies(input.groups, input.existingCodes),
    blocks: paperBlocks(instrument, language),
  };
}

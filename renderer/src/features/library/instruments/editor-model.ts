/**
 * The instrument editor's working copy. Dimensions, needs and items get a stable `uid` so that
 * rows keep their identity (and focus) while the consultant retypes a code, and items refer to
 * their dimension and need by uid, so renaming a dimension code cannot mix up its items.
 *
 * Every operation returns a new draft; `fromDraft` turns it back into an `Instrument` that
 * `serializeInstrument` writes in the file format `instruments.save` expects.
 */
import type {
  Audience,
  Instrument,
  ItemKind,
  LocalizedText,
  Scale,
  ScalePoint,
} from '@shared/questionnaire/instrument';
import { MAX_SCALE_SPAN } from '@shared/questionnaire/instrument-file';

export interface DraftDimension {
  uid: string;
  code: string;
  name: LocalizedText;
  description: LocalizedText | null;
}

export interface DraftNeed {
  uid: string;
  code: string;
  name: LocalizedText;
}

export interface DraftItem {
  uid: string;
  /** The statement's stable id; null for a statement added here (it gets one when saved). */
  id: string | null;
  /** The staff statement a customer statement mirrors (kept as it is). */
  linkedTo: string | null;
  code: string;
  kind: ItemKind;
  text: LocalizedText;
  reverse: boolean;
  dimensionUid: string | null;
  needUid: string | null;
}

export interface InstrumentDraft {
  id: string;
  version: number;
  /** Family and lineage are kept as they are: the editor does not change them. */
  family: string;
  derivedFrom: Instrument['derivedFrom'];
  name: LocalizedText;
  description: LocalizedText | null;
  audience: Audience;
  scale: Scale;
  needsScale: Scale;
  dimensions: DraftDimension[];
  needs: DraftNeed[];
  items: DraftItem[];
}

export type NeedQuestionKind = 'importance' | 'performance';

/** Scales with more points than this are offered as numbers only, without a label per point. */
export const MAX_LABELLED_POINTS = 11;

const EMPTY_TEXT: LocalizedText = { nl: '', en: '' };

let uidCounter = 0;
function newUid(prefix: string): string {
  uidCounter += 1;
  return `${prefix}${uidCounter}`;
}

export function toDraft(instrument: Instrument): InstrumentDraft {
  const dimensions = instrument.dimensions.map((dimension) => ({ ...dimension, uid: newUid('d') }));
  const needs = instrument.needs.map((need) => ({ ...need, uid: newUid('n') }));
  const dimensionUid = new Map(dimensions.map((dimension) => [dimension.code, dimension.uid]));
  const needUid = new Map(needs.map((need) => [need.code, need.uid]));
  return {
    id: instrument.id,
    version: instrument.version,
    family: instrument.family,
    derivedFrom: instrument.derivedFrom,
    name: instrument.name,
    description: instrument.description,
    audience: instrument.audience,
    scale: instrument.scale,
    needsScale: instrument.needsScale,
    dimensions,
    needs,
    items: instrument.items.map((item) => ({
      uid: newUid('i'),
      id: item.id,
      linkedTo: item.linkedTo,
      code: item.code,
      kind: item.kind,
      text: item.text,
      reverse: item.reverse,
      dimensionUid: item.dimension === null ? null : (dimensionUid.get(item.dimension) ?? null),
      needUid: item.need === null ? null : (needUid.get(item.need) ?? null),
    })),
  };
}

export function fromDraft(draft: InstrumentDraft): Instrument {
  const dimensionCode = new Map(
    draft.dimensions.map((dimension) => [dimension.uid, dimension.code.trim()]),
  );
  const needCode = new Map(draft.needs.map((need) => [need.uid, need.code.trim()]));
  return {
    id: draft.id,
    version: draft.version,
    family: draft.family,
    derivedFrom: draft.derivedFrom,
    name: draft.name,
    description: draft.description,
    audience: draft.audience,
    scale: draft.scale,
    needsScale: draft.needsScale,
    dimensions: draft.dimensions.map(({ code, name, description }) => ({
      code: code.trim(),
      name,
      description,
    })),
    needs: draft.needs.map(({ code, name }) => ({ code: code.trim(), name })),
    items: draft.items.map((item) => ({
      // A new statement gets its id when the file reader reads the saved definition.
      id: item.id ?? '',
      linkedTo: item.kind === 'open' ? null : item.linkedTo,
      code: item.code.trim(),
      kind: item.kind,
      text: item.text,
      reverse: item.kind === 'likert' && item.reverse,
      dimension: item.dimensionUid === null ? null : (dimensionCode.get(item.dimensionUid) ?? null),
      need: item.needUid === null ? null : (needCode.get(item.needUid) ?? null),
    })),
  };
}

/** `base` followed by the first number that no code in `taken` uses (ignoring case). */
export function freeCode(base: string, taken: Iterable<string>, start = 1): string {
  const used = new Set([...taken].map((code) => code.toLowerCase()));
  for (let number = start; ; number += 1) {
    const code = `${base}${number}`;
    if (!used.has(code.toLowerCase())) return code;
  }
}

const itemCodes = (draft: InstrumentDraft) => draft.items.map((item) => item.code);

// ---------------------------------------------------------------------------------------------
// Items

export function itemsOfDimension(draft: InstrumentDraft, dimensionUid: string): DraftItem[] {
  return draft.items.filter((item) => item.kind === 'likert' && item.dimensionUid === dimensionUid);
}

export function itemsOfNeed(
  draft: InstrumentDraft,
  needUid: string,
  kind: NeedQuestionKind,
): DraftItem | undefined {
  return draft.items.find((item) => item.kind === kind && item.needUid === needUid);
}

export function openQuestions(draft: InstrumentDraft): DraftItem[] {
  return draft.items.filter((item) => item.kind === 'open');
}

export function updateItem(
  draft: InstrumentDraft,
  uid: string,
  patch: Partial<Pick<DraftItem, 'code' | 'text' | 'reverse'>>,
): InstrumentDraft {
  return {
    ...draft,
    items: draft.items.map((item) => (item.uid === uid ? { ...item, ...patch } : item)),
  };
}

export function removeItem(draft: InstrumentDraft, uid: string): InstrumentDraft {
  return { ...draft, items: draft.items.filter((item) => item.uid !== uid) };
}

/** Inserts an item right after the last one of the same block, so the questionnaire order stays natural. */
function insertAfterBlock(
  draft: InstrumentDraft,
  item: DraftItem,
  inBlock: (candidate: DraftItem) => boolean,
): InstrumentDraft {
  let at = -1;
  draft.items.forEach((candidate, index) => {
    if (inBlock(candidate)) at = index;
  });
  const items = [...draft.items];
  items.splice(at + 1, 0, item);
  return { ...draft, items };
}

/** Adds an empty agree/disagree item to a dimension; returns the draft and the new item's uid. */
export function addItem(
  draft: InstrumentDraft,
  dimensionUid: string,
): { draft: InstrumentDraft; uid: string } {
  const dimension = draft.dimensions.find((candidate) => candidate.uid === dimensionUid);
  const position = draft.dimensions.findIndex((candidate) => candidate.uid === dimensionUid);
  const earlier = new Set(
    draft.dimensions.slice(0, position + 1).map((candidate) => candidate.uid),
  );
  const item: DraftItem = {
    uid: newUid('i'),
    id: null,
    linkedTo: null,
    code: freeCode(
      dimension?.code.trim() || 'ITEM',
      itemCodes(draft),
      itemsOfDimension(draft, dimensionUid).length + 1,
    ),
    kind: 'likert',
    text: { ...EMPTY_TEXT },
    reverse: false,
    dimensionUid,
    needUid: null,
  };
  const next = insertAfterBlock(
    draft,
    item,
    (candidate) =>
      candidate.kind === 'likert' &&
      candidate.dimensionUid !== null &&
      earlier.has(candidate.dimensionUid),
  );
  return { draft: next, uid: item.uid };
}

/** Moves an item one place up (-1) or down (+1) among the items of its dimension. */
export function moveItem(draft: InstrumentDraft, uid: string, direction: -1 | 1): InstrumentDraft {
  const item = draft.items.find((candidate) => candidate.uid === uid);
  if (!item) return draft;
  const sameBlock = draft.items
    .map((candidate, index) => ({ candidate, index }))
    .filter(
      ({ candidate }) =>
        candidate.kind === item.kind && candidate.dimensionUid === item.dimensionUid,
    );
  const position = sameBlock.findIndex(({ candidate }) => candidate.uid === uid);
  const other = sameBlock[position + direction];
  const self = sameBlock[position];
  if (!other || !self) return draft;
  const items = [...draft.items];
  items[self.index] = other.candidate;
  items[other.index] = self.candidate;
  return { ...draft, items };
}

// ---------------------------------------------------------------------------------------------
// Dimensions

export function updateDimension(
  draft: InstrumentDraft,
  uid: string,
  patch: Partial<Pick<DraftDimension, 'code' | 'name' | 'description'>>,
): InstrumentDraft {
  return {
    ...draft,
    dimensions: draft.dimensions.map((dimension) =>
      dimension.uid === uid ? { ...dimension, ...patch } : dimension,
    ),
  };
}

/** Adds a dimension with one empty item (a dimension without items cannot be scored). */
export function addDimension(draft: InstrumentDraft): { draft: InstrumentDraft; uid: string } {
  const dimension: DraftDimension = {
    uid: newUid('d'),
    code: freeCode(
      'D',
      draft.dimensions.map((candidate) => candidate.code),
    ),
    name: { ...EMPTY_TEXT },
    description: null,
  };
  const withDimension = { ...draft, dimensions: [...draft.dimensions, dimension] };
  return { draft: addItem(withDimension, dimension.uid).draft, uid: dimension.uid };
}

export function removeDimension(draft: InstrumentDraft, uid: string): InstrumentDraft {
  return {
    ...draft,
    dimensions: draft.dimensions.filter((dimension) => dimension.uid !== uid),
    items: draft.items.filter((item) => item.dimensionUid !== uid),
  };
}

// ---------------------------------------------------------------------------------------------
// Customer needs

export function updateNeed(
  draft: InstrumentDraft,
  uid: string,
  patch: Partial<Pick<DraftNeed, 'code' | 'name'>>,
): InstrumentDraft {
  return {
    ...draft,
    needs: draft.needs.map((need) => (need.uid === uid ? { ...need, ...patch } : need)),
  };
}

const QUESTION_SUFFIX: Record<NeedQuestionKind, string> = {
  importance: 'IMP',
  performance: 'PERF',
};

function needQuestion(draft: InstrumentDraft, need: DraftNeed, kind: NeedQuestionKind): DraftItem {
  const base = `N_${need.code.trim() || 'NEED'}_${QUESTION_SUFFIX[kind]}`;
  const taken = new Set(itemCodes(draft).map((code) => code.toLowerCase()));
  return {
    uid: newUid('i'),
    id: null,
    linkedTo: null,
    code: taken.has(base.toLowerCase()) ? freeCode(`${base}_`, taken) : base,
    kind,
    text: { ...EMPTY_TEXT },
    reverse: false,
    dimensionUid: null,
    needUid: need.uid,
  };
}

/** Adds or removes the importance or performance question of a need. */
export function setNeedQuestion(
  draft: InstrumentDraft,
  needUid: string,
  kind: NeedQuestionKind,
  present: boolean,
): InstrumentDraft {
  const existing = itemsOfNeed(draft, needUid, kind);
  if (!present) return existing ? removeItem(draft, existing.uid) : draft;
  const need = draft.needs.find((candidate) => candidate.uid === needUid);
  if (existing || !need) return draft;
  return insertAfterBlock(
    draft,
    needQuestion(draft, need, kind),
    (candidate) => candidate.kind === kind || candidate.kind === 'likert',
  );
}

/** Adds a need with an importance question (every group rates importance). */
export function addNeed(draft: InstrumentDraft): { draft: InstrumentDraft; uid: string } {
  const need: DraftNeed = {
    uid: newUid('n'),
    code: freeCode(
      'NEED',
      draft.needs.map((candidate) => candidate.code),
    ),
    name: { ...EMPTY_TEXT },
  };
  const withNeed = { ...draft, needs: [...draft.needs, need] };
  let next = setNeedQuestion(withNeed, need.uid, 'importance', true);
  if (draft.audience === 'customer') next = setNeedQuestion(next, need.uid, 'performance', true);
  return { draft: next, uid: need.uid };
}

export function removeNeed(draft: InstrumentDraft, uid: string): InstrumentDraft {
  return {
    ...draft,
    needs: draft.needs.filter((need) => need.uid !== uid),
    items: draft.items.filter((item) => item.needUid !== uid),
  };
}

// ---------------------------------------------------------------------------------------------
// Open questions

export function addOpenQuestion(draft: InstrumentDraft): { draft: InstrumentDraft; uid: string } {
  const item: DraftItem = {
    uid: newUid('i'),
    id: null,
    linkedTo: null,
    code: freeCode('OPEN_', itemCodes(draft)),
    kind: 'open',
    text: { ...EMPTY_TEXT },
    reverse: false,
    dimensionUid: null,
    needUid: null,
  };
  return { draft: { ...draft, items: [...draft.items, item] }, uid: item.uid };
}

// ---------------------------------------------------------------------------------------------
// Scales

/** A scale with a new range: labels of points that remain are kept, new points start empty. */
export function withScaleRange(scale: Scale, min: number, max: number): Scale {
  const valid =
    Number.isInteger(min) && Number.isInteger(max) && min < max && max - min <= MAX_SCALE_SPAN;
  if (!valid) return { ...scale, min, max };
  const labelled = scale.points.length > 0 && max - min + 1 <= MAX_LABELLED_POINTS;
  const byValue = new Map(scale.points.map((point) => [point.value, point]));
  const points: ScalePoint[] = labelled
    ? Array.from({ length: max - min + 1 }, (_, index) => {
        const value = min + index;
        return byValue.get(value) ?? { value, label: { ...EMPTY_TEXT } };
      })
    : [];
  return { ...scale, min, max, points };
}

/** Turns the label per point on (empty labels to fill in) or off (numbers only). */
export function withPointLabels(scale: Scale, labelled: boolean): Scale {
  if (!labelled) return { ...scale, points: [] };
  return withScaleRange(
    { ...scale, points: [{ value: scale.min, label: { ...EMPTY_TEXT } }] },
    scale.min,
    scale.max,
  );
}

export function withPointLabel(scale: Scale, value: number, label: LocalizedText): Scale {
  return {
    ...scale,
    points: scale.points.map((point) => (point.value === value ? { ...point, label } : point)),
  };
}

export { DEFAULT_DONT_KNOW } from '@shared/questionnaire/instrument-file';

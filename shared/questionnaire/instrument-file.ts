/**
 * The instrument JSON file format (docs/instrument-format.md, docs/instrument.schema.json):
 * reading a file into the normalised `Instrument`, and writing one back.
 *
 * Reading happens in two passes. The zod schema checks the shape (types, required fields); only
 * when the shape is right do the cross-field checks run (unique codes, references, scale
 * ranges), because they need a well-formed file to say anything sensible. Every problem carries
 * its dotted JSON path and a message key.
 */
import { z } from 'zod';
import {
  makeProblem,
  problemsFromZod,
  type ContentProblem,
  type ProblemParams,
} from '../content/problems';
import { normaliseText, textInputSchema, type TextInput } from '../content/text';
import type {
  CustomerNeed,
  Dimension,
  Instrument,
  Item,
  ItemKind,
  LocalizedText,
  Scale,
  ScalePoint,
} from './instrument';
import { defaultStatementId } from './instrument';
import { LABEL_TEXT } from '../i18n/labels';
import { inBothLanguages } from '../i18n/texts';

export const INSTRUMENT_FORMAT_VERSION = 1;

/**
 * Scoring keeps a distribution per scale value, so an absurd range (a typo like max 5000) would
 * cost memory everywhere; 0–100 is the widest scale anyone asks respondents to use.
 */
export const MAX_SCALE_SPAN = 100;

/** Item, dimension and need codes end up as CSV column headers: keep them plain. */
const CODE_PATTERN = /^[A-Za-z0-9_.-]+$/;
/** Ids name built-in instruments on the command line and in file names. */
const ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9_.-]*$/;
/** Statement ids: an instrument id, "/", a code, and a "~2" suffix when needed. */
const STATEMENT_ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9_.:/~-]*$/;

export const DEFAULT_DONT_KNOW: LocalizedText = inBothLanguages(
  LABEL_TEXT,
  (texts) => texts.dontKnow,
);

// ---------------------------------------------------------------------------------------------
// Shape

const scalePointFileSchema = z.object({ value: z.int(), label: textInputSchema });

const scaleFileSchema = z.object({
  min: z.int(),
  max: z.int(),
  /** Labels of some or all points. */
  points: z.array(scalePointFileSchema).nullish(),
  /** Shorthand: one label per point, from min to max. */
  labels: z.array(textInputSchema).nullish(),
  /** true (default label), false/null (no "don't know"), or the label text. */
  dontKnow: z
    .union([z.boolean(), textInputSchema], { error: 'instrument.invalidDontKnow' })
    .nullish(),
});

const itemKindSchema = z.enum(['likert', 'importance', 'performance', 'open']);

/** An item with explicit kind and references; inside a dimension only `code`/`text` are needed. */
const itemFileSchema = z.object({
  /** The statement's stable id (default "<instrument id>/<code>"). */
  id: z.string().optional(),
  /** For a customer version: the id of the staff statement this one mirrors. */
  linkedTo: z.string().nullish(),
  code: z.string(),
  text: textInputSchema,
  kind: itemKindSchema.optional(),
  reverse: z.boolean().optional(),
  dimension: z.string().nullish(),
  need: z.string().nullish(),
});

const questionFileSchema = z.object({
  id: z.string().optional(),
  linkedTo: z.string().nullish(),
  code: z.string(),
  text: textInputSchema,
  /** Not allowed (only likert items are reversed) but read so the mistake can be reported. */
  reverse: z.boolean().optional(),
});

const dimensionFileSchema = z.object({
  code: z.string(),
  name: textInputSchema,
  description: textInputSchema.nullish(),
  items: z.array(itemFileSchema).optional(),
});

const needFileSchema = z.object({
  code: z.string(),
  name: textInputSchema,
  importance: questionFileSchema.nullish(),
  performance: questionFileSchema.nullish(),
});

/** The file's shape. Unknown fields are allowed and ignored. */
export const instrumentFileSchema = z.object({
  $schema: z.string().optional(),
  formatVersion: z
    .literal(INSTRUMENT_FORMAT_VERSION, { error: 'instrument.unsupportedFormatVersion' })
    .optional(),
  id: z.string(),
  version: z.int().min(1).optional(),
  /** The family whose statements this instrument's may be compared with (default: `id`). */
  family: z.string().optional(),
  /** Lineage of a copy. */
  derivedFrom: z.object({ id: z.string(), version: z.int().min(1) }).nullish(),
  name: textInputSchema,
  description: textInputSchema.nullish(),
  audience: z.enum(['staff', 'customer']).optional(),
  scale: scaleFileSchema,
  needsScale: scaleFileSchema.nullish(),
  dimensions: z.array(dimensionFileSchema),
  needs: z.array(needFileSchema).optional(),
  openQuestions: z.array(questionFileSchema).optional(),
  /** Items listed with explicit kind and dimension/need, e.g. by tools that write flat lists. */
  items: z.array(itemFileSchema).optional(),
  /** Questionnaire order as item codes, when it differs from the order the file lists items in. */
  itemOrder: z.array(z.string()).optional(),
});

/** What a file may contain (input side of the schema). */
export type InstrumentFile = z.input<typeof instrumentFileSchema>;
type ParsedFile = z.output<typeof instrumentFileSchema>;
type ParsedScale = z.output<typeof scaleFileSchema>;
type FileItem = z.input<typeof itemFileSchema>;

// ---------------------------------------------------------------------------------------------
// Problems

export const INSTRUMENT_MESSAGES = {
  unsupportedFormatVersion:
    'This file uses an instrument format version this version of Klantspiegel does not know (only version 1).',
  invalidDontKnow: '"dontKnow" must be true, false or a text.',
  invalidId:
    'The id "{{id}}" may only contain letters, digits, "-", "_" and ".", and must start with a letter or digit.',
  invalidCode: 'The code "{{code}}" may only contain letters, digits, "-", "_" and ".".',
  invalidStatementId:
    'The statement id "{{id}}" may only contain letters, digits, "-", "_", ".", ":" and "/".',
  duplicateStatementId:
    'The statement id "{{id}}" is used more than once (also at {{otherPath}}); every statement needs its own id.',
  linkNotAllowed:
    'Only scored statements (likert, importance, performance) can be linked to a staff statement; the open question "{{code}}" cannot.',
  duplicateItemCode:
    'The item code "{{code}}" is used more than once (also at {{otherPath}}); item codes must be unique, regardless of upper or lower case.',
  duplicateDimensionCode:
    'The dimension code "{{code}}" is used more than once (also at {{otherPath}}).',
  duplicateNeedCode:
    'The customer need code "{{code}}" is used more than once (also at {{otherPath}}).',
  scaleMaxNotAboveMin: 'The scale maximum ({{max}}) must be greater than the minimum ({{min}}).',
  scaleTooWide:
    'The scale runs from {{min}} to {{max}}; at most {{maxSpan}} steps between minimum and maximum are supported.',
  labelsAndPoints: 'Give the scale labels either as "labels" or as "points", not both.',
  labelCountMismatch:
    'The scale from {{min}} to {{max}} has {{expected}} points, but "labels" has {{found}} entries.',
  pointOutOfRange: 'The scale point {{value}} lies outside the scale ({{min}} to {{max}}).',
  duplicatePointValue: 'The scale point {{value}} is labelled more than once.',
  nonLikertInDimension:
    'Items inside a dimension are agree/disagree (likert) items; put importance and performance items under "needs" and open questions under "openQuestions".',
  dimensionMismatch:
    'The item "{{code}}" is listed in dimension "{{parent}}" but names dimension "{{dimension}}".',
  missingDimension: 'The likert item "{{code}}" needs a "dimension".',
  unknownDimension:
    'The item "{{code}}" refers to dimension "{{dimension}}", which does not exist in this instrument.',
  missingNeed: 'The {{kind}} item "{{code}}" needs a "need" (a customer need code).',
  unknownNeed:
    'The item "{{code}}" refers to customer need "{{need}}", which does not exist in this instrument.',
  dimensionNotAllowed:
    'Only likert items belong to a dimension; the {{kind}} item "{{code}}" cannot have one.',
  needNotAllowed:
    'Only importance and performance items refer to a customer need; the {{kind}} item "{{code}}" cannot.',
  reverseNotAllowed: 'Only likert items can be reverse-coded; the {{kind}} item "{{code}}" cannot.',
  duplicateNeedItem:
    'The customer need "{{need}}" has more than one {{kind}} item ("{{code}}" is the extra one).',
  needWithoutItems:
    'The customer need "{{need}}" has neither an importance nor a performance item.',
  emptyDimension: 'The dimension "{{code}}" has no items.',
  noItems: 'The instrument has no items.',
  itemOrderUnknownCode: '"itemOrder" lists "{{code}}", which is not an item of this instrument.',
  itemOrderDuplicate: '"itemOrder" lists "{{code}}" more than once.',
  itemOrderIncomplete: '"itemOrder" leaves out these items: {{codes}}.',
} as const;

export type InstrumentProblemKey = keyof typeof INSTRUMENT_MESSAGES;

/**
 * Message keys are `instrument.<key>` for the keys above and `instrument.<kind>` for the
 * structural problems of STRUCTURE_MESSAGES in shared/content/problems.ts.
 */
const ZOD_TEMPLATES: Record<string, string> = Object.fromEntries(
  Object.entries(INSTRUMENT_MESSAGES).map(([key, text]) => [`instrument.${key}`, text]),
);

export type InstrumentProblem = ContentProblem;

export type ParseInstrumentResult =
  { ok: true; instrument: Instrument } | { ok: false; problems: InstrumentProblem[] };

// ---------------------------------------------------------------------------------------------
// Reading

/** Reads an instrument file (already JSON-parsed) into the normalised shape, or its problems. */
export function parseInstrumentFile(json: unknown): ParseInstrumentResult {
  const shape = instrumentFileSchema.safeParse(json, { reportInput: true });
  if (!shape.success) {
    return { ok: false, problems: problemsFromZod(shape.error, 'instrument', ZOD_TEMPLATES) };
  }
  const builder = new InstrumentBuilder();
  const instrument = builder.build(shape.data);
  return builder.problems.length === 0
    ? { ok: true, instrument }
    : { ok: false, problems: builder.problems };
}

interface DraftItem {
  item: Item;
  /** Path of the item object in the file, for problems. */
  path: string;
  /** The id the file gives, if any. */
  explicitId: string | undefined;
}

class InstrumentBuilder {
  readonly problems: InstrumentProblem[] = [];

  build(file: ParsedFile): Instrument {
    if (!ID_PATTERN.test(file.id)) this.report('id', 'invalidId', { id: file.id });
    if (file.family !== undefined && !ID_PATTERN.test(file.family)) {
      this.report('family', 'invalidId', { id: file.family });
    }
    const name = this.text(file.name, 'name');
    const description = this.optionalText(file.description, 'description');
    const scale = this.scale(file.scale, 'scale');
    const needsScale = file.needsScale ? this.scale(file.needsScale, 'needsScale') : scale;
    const dimensions = this.dimensions(file);
    const needs = this.needs(file);

    const drafts = [
      ...this.dimensionItems(file),
      ...this.needItems(file, 'importance'),
      ...this.needItems(file, 'performance'),
      ...this.openQuestions(file),
      ...this.flatItems(file, dimensions, needs),
    ];
    this.checkItemCodes(drafts);
    this.assignStatementIds(file.id, drafts);
    this.checkCoverage(file, drafts);
    const items = this.order(file, drafts);

    return {
      id: file.id,
      version: file.version ?? 1,
      family: file.family ?? file.id,
      derivedFrom: file.derivedFrom ?? null,
      name,
      description,
      audience: file.audience ?? 'staff',
      scale,
      needsScale,
      dimensions,
      needs,
      items,
    };
  }

  report(path: string, key: InstrumentProblemKey, params: ProblemParams = {}): void {
    this.problems.push(makeProblem(path, `instrument.${key}`, INSTRUMENT_MESSAGES[key], params));
  }

  private text(input: TextInput, path: string): LocalizedText {
    const text = normaliseText(input);
    if (text) return text;
    this.problems.push(
      makeProblem(path, 'instrument.textMissing', 'The text is empty in both Dutch and English.'),
    );
    return { nl: '', en: '' };
  }

  private optionalText(input: TextInput | null | undefined, path: string): LocalizedText | null {
    return input == null ? null : this.text(input, path);
  }

  private code(code: string, path: string): void {
    if (!CODE_PATTERN.test(code)) this.report(path, 'invalidCode', { code });
  }

  /** Reports codes that repeat (ignoring case: spreadsheets and people do not keep case apart). */
  private unique(
    entries: { code: string; path: string }[],
    key: 'duplicateItemCode' | 'duplicateDimensionCode' | 'duplicateNeedCode',
  ): void {
    const seen = new Map<string, string>();
    for (const { code, path } of entries) {
      const other = seen.get(code.toLowerCase());
      if (other === undefined) seen.set(code.toLowerCase(), path);
      else this.report(`${path}.code`, key, { code, otherPath: other });
    }
  }

  private scale(input: ParsedScale, path: string): Scale {
    const { min, max } = input;
    if (min >= max) this.report(`${path}.max`, 'scaleMaxNotAboveMin', { min, max });
    else if (max - min > MAX_SCALE_SPAN) {
      this.report(`${path}.max`, 'scaleTooWide', { min, max, maxSpan: MAX_SCALE_SPAN });
    }
    if (input.labels && input.points) this.report(path, 'labelsAndPoints');

    let points: ScalePoint[] = [];
    if (input.labels) {
      const expected = max - min + 1;
      if (min < max && input.labels.length !== expected) {
        this.report(`${path}.labels`, 'labelCountMismatch', {
          min,
          max,
          expected,
          found: input.labels.length,
        });
      }
      points = input.labels.map((label, index) => ({
        value: min + index,
        label: this.text(label, `${path}.labels.${index}`),
      }));
    } else if (input.points) {
      const seen = new Set<number>();
      input.points.forEach((point, index) => {
        const pointPath = `${path}.points.${index}`;
        if (point.value < min || point.value > max) {
          this.report(`${pointPath}.value`, 'pointOutOfRange', { value: point.value, min, max });
        }
        if (seen.has(point.value)) {
          this.report(`${pointPath}.value`, 'duplicatePointValue', { value: point.value });
        }
        seen.add(point.value);
        points.push({ value: point.value, label: this.text(point.label, `${pointPath}.label`) });
      });
      points.sort((a, b) => a.value - b.value);
    }

    let dontKnow: LocalizedText | null = null;
    if (input.dontKnow === true) dontKnow = { ...DEFAULT_DONT_KNOW };
    else if (input.dontKnow != null && input.dontKnow !== false) {
      dontKnow = this.text(input.dontKnow, `${path}.dontKnow`);
    }
    return { min, max, points, dontKnow };
  }

  private dimensions(file: ParsedFile): Dimension[] {
    const entries = file.dimensions.map((dimension, index) => ({
      code: dimension.code,
      path: `dimensions.${index}`,
    }));
    entries.forEach(({ code, path }) => this.code(code, `${path}.code`));
    this.unique(entries, 'duplicateDimensionCode');
    return file.dimensions.map((dimension, index) => ({
      code: dimension.code,
      name: this.text(dimension.name, `dimensions.${index}.name`),
      description: this.optionalText(dimension.description, `dimensions.${index}.description`),
    }));
  }

  private needs(file: ParsedFile): CustomerNeed[] {
    const needs = file.needs ?? [];
    const entries = needs.map((need, index) => ({ code: need.code, path: `needs.${index}` }));
    entries.forEach(({ code, path }) => this.code(code, `${path}.code`));
    this.unique(entries, 'duplicateNeedCode');
    return needs.map((need, index) => ({
      code: need.code,
      name: this.text(need.name, `needs.${index}.name`),
    }));
  }

  private dimensionItems(file: ParsedFile): DraftItem[] {
    return file.dimensions.flatMap((dimension, dimensionIndex) =>
      (dimension.items ?? []).map((entry, itemIndex) => {
        const path = `dimensions.${dimensionIndex}.items.${itemIndex}`;
        const kind = entry.kind ?? 'likert';
        if (kind !== 'likert') this.report(`${path}.kind`, 'nonLikertInDimension');
        if (entry.dimension != null && entry.dimension !== dimension.code) {
          this.report(`${path}.dimension`, 'dimensionMismatch', {
            code: entry.code,
            parent: dimension.code,
            dimension: entry.dimension,
          });
        }
        if (entry.need != null) {
          this.report(`${path}.need`, 'needNotAllowed', { code: entry.code, kind: 'likert' });
        }
        return this.draft(entry, path, {
          kind: 'likert',
          dimension: dimension.code,
          reverse: entry.reverse ?? false,
          need: null,
        });
      }),
    );
  }

  private needItems(file: ParsedFile, kind: 'importance' | 'performance'): DraftItem[] {
    return (file.needs ?? []).flatMap((need, index) => {
      const question = need[kind];
      if (!question) return [];
      const path = `needs.${index}.${kind}`;
      if (question.reverse) {
        this.report(`${path}.reverse`, 'reverseNotAllowed', { code: question.code, kind });
      }
      return [
        this.draft(question, path, { kind, dimension: null, reverse: false, need: need.code }),
      ];
    });
  }

  private openQuestions(file: ParsedFile): DraftItem[] {
    return (file.openQuestions ?? []).map((question, index) => {
      const path = `openQuestions.${index}`;
      if (question.reverse) {
        this.report(`${path}.reverse`, 'reverseNotAllowed', { code: question.code, kind: 'open' });
      }
      return this.draft(question, path, {
        kind: 'open',
        dimension: null,
        reverse: false,
        need: null,
      });
    });
  }

  private flatItems(file: ParsedFile, dimensions: Dimension[], needs: CustomerNeed[]): DraftItem[] {
    const dimensionCodes = new Set(dimensions.map((dimension) => dimension.code));
    const needCodes = new Set(needs.map((need) => need.code));
    return (file.items ?? []).map((entry, index) => {
      const path = `items.${index}`;
      const kind = entry.kind ?? 'likert';
      const params = { code: entry.code, kind };
      const dimension = entry.dimension ?? null;
      const need = entry.need ?? null;
      if (kind === 'likert') {
        if (dimension === null) this.report(path, 'missingDimension', params);
        else if (!dimensionCodes.has(dimension)) {
          this.report(`${path}.dimension`, 'unknownDimension', { ...params, dimension });
        }
      } else if (dimension !== null)
        this.report(`${path}.dimension`, 'dimensionNotAllowed', params);

      if (kind === 'importance' || kind === 'performance') {
        if (need === null) this.report(path, 'missingNeed', params);
        else if (!needCodes.has(need))
          this.report(`${path}.need`, 'unknownNeed', { ...params, need });
      } else if (need !== null) this.report(`${path}.need`, 'needNotAllowed', params);

      if (kind !== 'likert' && entry.reverse)
        this.report(`${path}.reverse`, 'reverseNotAllowed', params);

      return this.draft(entry, path, {
        kind,
        dimension: kind === 'likert' ? dimension : null,
        reverse: kind === 'likert' && (entry.reverse ?? false),
        need: kind === 'importance' || kind === 'performance' ? need : null,
      });
    });
  }

  private draft(
    entry: {
      id?: string | undefined;
      linkedTo?: string | null | undefined;
      code: string;
      text: TextInput;
    },
    path: string,
    rest: { kind: ItemKind; dimension: string | null; reverse: boolean; need: string | null },
  ): DraftItem {
    if (entry.linkedTo != null && rest.kind === 'open') {
      this.report(`${path}.linkedTo`, 'linkNotAllowed', { code: entry.code });
    }
    if (entry.linkedTo != null && !STATEMENT_ID_PATTERN.test(entry.linkedTo)) {
      this.report(`${path}.linkedTo`, 'invalidStatementId', { id: entry.linkedTo });
    }
    return {
      path,
      explicitId: entry.id,
      item: {
        // Filled in by assignStatementIds once all codes are known.
        id: '',
        linkedTo: rest.kind === 'open' ? null : (entry.linkedTo ?? null),
        code: entry.code,
        kind: rest.kind,
        text: this.text(entry.text, `${path}.text`),
        dimension: rest.dimension,
        reverse: rest.reverse,
        need: rest.need,
      },
    };
  }

  private checkItemCodes(drafts: DraftItem[]): void {
    drafts.forEach(({ item, path }) => this.code(item.code, `${path}.code`));
    this.unique(
      drafts.map(({ item, path }) => ({ code: item.code, path })),
      'duplicateItemCode',
    );
  }

  /**
   * Statement ids: as given, or "<instrument id>/<code>". A derived id that another statement
   * already holds explicitly (a statement kept from an earlier version under a new code) gets a
   * numbered suffix, so ids stay unique.
   */
  private assignStatementIds(instrumentId: string, drafts: DraftItem[]): void {
    const seen = new Map<string, string>();
    const explicit = new Set(
      drafts.flatMap((draft) => (draft.explicitId ? [draft.explicitId] : [])),
    );
    for (const draft of drafts) {
      let id = draft.explicitId;
      if (id === undefined) {
        const base = defaultStatementId(instrumentId, draft.item.code);
        id = base;
        for (let n = 2; explicit.has(id) || seen.has(id); n++) id = `${base}~${n}`;
      } else if (!STATEMENT_ID_PATTERN.test(id)) {
        this.report(`${draft.path}.id`, 'invalidStatementId', { id });
      }
      const other = seen.get(id);
      if (other !== undefined) {
        this.report(`${draft.path}.id`, 'duplicateStatementId', { id, otherPath: other });
      }
      seen.set(id, draft.path);
      draft.item.id = id;
    }
  }

  /** Every dimension needs items to score; every need needs at most one item of each kind. */
  private checkCoverage(file: ParsedFile, drafts: DraftItem[]): void {
    if (drafts.length === 0) this.report('', 'noItems');
    file.dimensions.forEach((dimension, index) => {
      if (!drafts.some(({ item }) => item.kind === 'likert' && item.dimension === dimension.code)) {
        this.report(`dimensions.${index}`, 'emptyDimension', { code: dimension.code });
      }
    });
    (file.needs ?? []).forEach((need, index) => {
      const mine = drafts.filter(({ item }) => item.need === need.code);
      if (mine.length === 0) {
        this.report(`needs.${index}`, 'needWithoutItems', { need: need.code });
      }
      for (const kind of ['importance', 'performance'] as const) {
        mine
          .filter(({ item }) => item.kind === kind)
          .slice(1)
          .forEach(({ item, path }) =>
            this.report(path, 'duplicateNeedItem', { need: need.code, kind, code: item.code }),
          );
      }
    });
  }

  private order(file: ParsedFile, drafts: DraftItem[]): Item[] {
    const items = drafts.map((draft) => draft.item);
    if (!file.itemOrder) return items;
    const byCode = new Map(items.map((item) => [item.code, item]));
    const ordered: Item[] = [];
    const placed = new Set<string>();
    file.itemOrder.forEach((code, index) => {
      const item = byCode.get(code);
      if (!item) this.report(`itemOrder.${index}`, 'itemOrderUnknownCode', { code });
      else if (placed.has(code)) this.report(`itemOrder.${index}`, 'itemOrderDuplicate', { code });
      else {
        placed.add(code);
        ordered.push(item);
      }
    });
    const left = items.filter((item) => !placed.has(item.code));
    if (left.length > 0) {
      this.report('itemOrder', 'itemOrderIncomplete', {
        codes: left.map((item) => item.code).join(', '),
      });
    }
    return [...ordered, ...left];
  }
}

// ---------------------------------------------------------------------------------------------
// Writing

type FileScale = z.input<typeof scaleFileSchema>;
type FileQuestion = z.input<typeof questionFileSchema>;

function fileText(text: LocalizedText): { nl: string; en: string } {
  return { nl: text.nl, en: text.en };
}

function serializeScale(scale: Scale): FileScale {
  return {
    min: scale.min,
    max: scale.max,
    points: scale.points.map((point) => ({ value: point.value, label: fileText(point.label) })),
    ...(scale.dontKnow ? { dontKnow: fileText(scale.dontKnow) } : {}),
  };
}

/**
 * Writes the full file shape: likert items nested in their dimension, need items under their
 * need, open questions apart. Items that do not fit that structure (an unknown dimension, a
 * second importance item for one need) go to the flat `items` list, so nothing is ever lost and
 * `parseInstrumentFile` reports them. `itemOrder` is written only when the questionnaire order
 * differs from the order the nested structure implies.
 */
export function serializeInstrument(instrument: Instrument): InstrumentFile {
  const dimensionItems = new Map<string, FileItem[]>(
    instrument.dimensions.map((dimension) => [dimension.code, []]),
  );
  const needSlots = new Map<string, { importance?: FileQuestion; performance?: FileQuestion }>(
    instrument.needs.map((need) => [need.code, {}]),
  );
  const openQuestions: FileQuestion[] = [];
  const flat: FileItem[] = [];

  for (const item of instrument.items) {
    // An id the reader would derive by itself is left out, so hand-written files stay plain.
    const explicitId = item.id && item.id !== defaultStatementId(instrument.id, item.code);
    const question = {
      ...(explicitId ? { id: item.id } : {}),
      ...(item.linkedTo ? { linkedTo: item.linkedTo } : {}),
      code: item.code,
      text: fileText(item.text),
    };
    const nestedDimension =
      item.dimension === null ? undefined : dimensionItems.get(item.dimension);
    const slots = item.need === null ? undefined : needSlots.get(item.need);
    if (item.kind === 'likert' && item.need === null && nestedDimension) {
      nestedDimension.push({ ...question, reverse: item.reverse });
    } else if (
      (item.kind === 'importance' || item.kind === 'performance') &&
      item.dimension === null &&
      !item.reverse &&
      slots &&
      !slots[item.kind]
    ) {
      slots[item.kind] = question;
    } else if (
      item.kind === 'open' &&
      item.dimension === null &&
      item.need === null &&
      !item.reverse
    ) {
      openQuestions.push(question);
    } else {
      flat.push({
        ...question,
        kind: item.kind,
        reverse: item.reverse,
        dimension: item.dimension,
        need: item.need,
      });
    }
  }

  const impliedOrder = [
    ...[...dimensionItems.values()].flat(),
    ...[...needSlots.values()].flatMap((slot) => (slot.importance ? [slot.importance] : [])),
    ...[...needSlots.values()].flatMap((slot) => (slot.performance ? [slot.performance] : [])),
    ...openQuestions,
    ...flat,
  ].map((item) => item.code);
  const actualOrder = instrument.items.map((item) => item.code);
  const orderDiffers = impliedOrder.some((code, index) => code !== actualOrder[index]);

  return {
    formatVersion: INSTRUMENT_FORMAT_VERSION,
    id: instrument.id,
    version: instrument.version,
    ...(instrument.family !== instrument.id ? { family: instrument.family } : {}),
    ...(instrument.derivedFrom ? { derivedFrom: { ...instrument.derivedFrom } } : {}),
    name: fileText(instrument.name),
    ...(instrument.description ? { description: fileText(instrument.description) } : {}),
    audience: instrument.audience,
    scale: serializeScale(instrument.scale),
    needsScale: serializeScale(instrument.needsScale),
    dimensions: instrument.dimensions.map((dimension) => ({
      code: dimension.code,
      name: fileText(dimension.name),
      ...(dimension.description ? { description: fileText(dimension.description) } : {}),
      items: dimensionItems.get(dimension.code) ?? [],
    })),
    needs: instrument.needs.map((need) => ({
      code: need.code,
      name: fileText(need.name),
      ...needSlots.get(need.code),
    })),
    openQuestions,
    ...(flat.length > 0 ? { items: flat } : {}),
    ...(orderDiffers ? { itemOrder: actualOrder } : {}),
  };
}

/**
 * The instrument editor's working copy: what the consultant edits comes back as a valid
 * instrument file, items stay with their dimension while codes are retyped, and new rows get
 * codes that do not clash.
 */
import { describe, expect, it } from 'vitest';
import { builtinInstruments } from '@main/core/content/builtin-content';
import {
  addDimension,
  addItem,
  addNeed,
  addOpenQuestion,
  freeCode,
  fromDraft,
  itemsOfDimension,
  itemsOfNeed,
  moveItem,
  openQuestions,
  removeDimension,
  removeNeed,
  setNeedQuestion,
  toDraft,
  updateDimension,
  updateItem,
  withPointLabel,
  withPointLabels,
  withScaleRange,
} from '@renderer/features/library/instruments/editor-model';
import { parseInstrumentFile, serializeInstrument } from '@shared/questionnaire/instrument-file';
import type { Instrument } from '@shared/questionnaire/instrument';

const [staff, customer] = builtinInstruments() as [Instrument, Instrument];

/** What `instruments.save` does with the editor's result: write the file format and read it. */
function reparse(instrument: Instrument) {
  return parseInstrumentFile(JSON.parse(JSON.stringify(serializeInstrument(instrument))));
}

describe('instrument editor model', () => {
  it('gives back the very instrument it was opened with', () => {
    for (const instrument of [staff, customer]) {
      expect(fromDraft(toDraft(instrument))).toEqual(instrument);
    }
  });

  it('keeps a dimension’s items with it when its code is retyped', () => {
    const draft = toDraft(staff);
    const dimension = draft.dimensions[0]!;
    const count = itemsOfDimension(draft, dimension.uid).length;
    expect(count).toBeGreaterThan(0);
    const renamed = fromDraft(updateDimension(draft, dimension.uid, { code: ' KLANT ' }));
    expect(renamed.dimensions[0]!.code).toBe('KLANT');
    expect(renamed.items.filter((item) => item.dimension === 'KLANT')).toHaveLength(count);
    expect(renamed.items.some((item) => item.dimension === dimension.code)).toBe(false);
    const parsed = reparse(renamed);
    expect(parsed.ok).toBe(true);
  });

  it('adds an item at the end of its dimension with a code no other item uses', () => {
    const draft = toDraft(staff);
    const first = draft.dimensions[0]!;
    const before = itemsOfDimension(draft, first.uid);
    const { draft: next, uid } = addItem(draft, first.uid);
    const after = itemsOfDimension(next, first.uid);
    expect(after).toHaveLength(before.length + 1);
    expect(after.at(-1)!.uid).toBe(uid);
    // Right after the dimension's last item, not at the end of the questionnaire.
    const position = next.items.findIndex((item) => item.uid === uid);
    expect(next.items[position - 1]!.uid).toBe(before.at(-1)!.uid);
    const codes = next.items.map((item) => item.code.toLowerCase());
    expect(new Set(codes).size).toBe(codes.length);
  });

  it('does not save an item whose text is still empty', () => {
    const draft = toDraft(staff);
    const { draft: next } = addItem(draft, draft.dimensions[0]!.uid);
    expect(reparse(fromDraft(next)).ok).toBe(false);
  });

  it('moves an item within its dimension only', () => {
    const draft = toDraft(staff);
    const items = itemsOfDimension(draft, draft.dimensions[0]!.uid);
    const moved = moveItem(draft, items[0]!.uid, 1);
    expect(itemsOfDimension(moved, draft.dimensions[0]!.uid).map((item) => item.uid)).toEqual([
      items[1]!.uid,
      items[0]!.uid,
      ...items.slice(2).map((item) => item.uid),
    ]);
    // The last item of a dimension does not move into the next one.
    const last = items.at(-1)!;
    expect(moveItem(draft, last.uid, 1)).toBe(draft);
    expect(moveItem(draft, items[0]!.uid, -1)).toBe(draft);
  });

  it('adds a dimension with one item and removes a dimension with its items', () => {
    const draft = toDraft(staff);
    const { draft: withNew, uid } = addDimension(draft);
    const added = withNew.dimensions.find((dimension) => dimension.uid === uid)!;
    expect(draft.dimensions.map((dimension) => dimension.code)).not.toContain(added.code);
    expect(itemsOfDimension(withNew, uid)).toHaveLength(1);
    const removed = removeDimension(withNew, draft.dimensions[0]!.uid);
    expect(removed.dimensions).toHaveLength(draft.dimensions.length);
    expect(itemsOfDimension(removed, draft.dimensions[0]!.uid)).toEqual([]);
  });

  it('asks customers importance and performance of a new need, staff importance only', () => {
    for (const [instrument, kinds] of [
      [staff, ['importance']],
      [customer, ['importance', 'performance']],
    ] as const) {
      const { draft, uid } = addNeed(toDraft(instrument));
      const questions = draft.items.filter((item) => item.needUid === uid);
      expect(questions.map((item) => item.kind)).toEqual(kinds);
      expect(new Set(draft.items.map((item) => item.code)).size).toBe(draft.items.length);
      const without = setNeedQuestion(draft, uid, 'importance', false);
      expect(itemsOfNeed(without, uid, 'importance')).toBeUndefined();
      expect(removeNeed(draft, uid).items.some((item) => item.needUid === uid)).toBe(false);
    }
  });

  it('adds open questions with their own codes after everything else', () => {
    const draft = toDraft(staff);
    const { draft: one, uid } = addOpenQuestion(draft);
    const { draft: two } = addOpenQuestion(one);
    expect(two.items.at(-2)!.uid).toBe(uid);
    const codes = openQuestions(two).map((item) => item.code);
    expect(new Set(codes).size).toBe(codes.length);
  });

  it('stores a reverse flag only on agree/disagree statements', () => {
    const draft = toDraft(customer);
    const need = draft.items.find((item) => item.kind !== 'likert' && item.kind !== 'open')!;
    const instrument = fromDraft(updateItem(draft, need.uid, { reverse: true }));
    expect(instrument.items.find((item) => item.code === need.code)!.reverse).toBe(false);
  });

  it('picks the first free code, ignoring case', () => {
    expect(freeCode('KK', ['kk1', 'KK2', 'KK4'])).toBe('KK3');
    expect(freeCode('D', [], 5)).toBe('D5');
  });

  it('keeps the labels of scale points that remain when the range changes', () => {
    const labelled = withPointLabels({ min: 1, max: 5, points: [], dontKnow: null }, true);
    expect(labelled.points.map((point) => point.value)).toEqual([1, 2, 3, 4, 5]);
    const named = withPointLabel(labelled, 5, { nl: 'Helemaal eens', en: 'Strongly agree' });
    const wider = withScaleRange(named, 1, 7);
    expect(wider.points).toHaveLength(7);
    expect(wider.points[4]!.label.nl).toBe('Helemaal eens');
    expect(wider.points[6]!.label.nl).toBe('');
    // Too many points for a label each: numbers only.
    expect(withScaleRange(named, 0, 20).points).toEqual([]);
    // A range that is not one yet is kept as typed, so the form can say what is wrong.
    expect(withScaleRange(named, 5, 2)).toMatchObject({ min: 5, max: 2 });
    expect(withPointLabels(named, false).points).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import {
  addDimension,
  addItem,
  freeCode,
  fromDraft,
  moveItem,
  removeDimension,
  toDraft,
  withPointLabels,
  withScaleRange,
} from '@renderer/features/library/instruments/editor-model';
import type { Instrument } from '@shared/questionnaire/instrument';

const text = (nl: string) => ({ nl, en: nl });
const instrument = {
  id: 'mini',
  version: 1,
  family: 'mini',
  derivedFrom: null,
  name: text('Mini'),
  description: text(''),
  audience: 'staff',
  scale: { min: 1, max: 5, points: [], dontKnow: null },
  needsScale: null,
  dimensions: [
    { code: 'KK', name: text('Klantkennis'), description: text('') },
    { code: 'SW', name: text('Samenwerking'), description: text('') },
  ],
  needs: [],
  items: [
    {
      id: 'mini/KK1',
      linkedTo: null,
      code: 'KK1',
      kind: 'likert',
      text: text('a'),
      reverse: false,
      dimension: 'KK',
      need: null,
    },
    {
      id: 'mini/SW1',
      linkedTo: null,
      code: 'SW1',
      kind: 'likert',
      text: text('b'),
      reverse: true,
      dimension: 'SW',
      need: null,
    },
    {
      id: 'mini/KK2',
      linkedTo: null,
      code: 'KK2',
      kind: 'likert',
      text: text('c'),
      reverse: false,
      dimension: 'KK',
      need: null,
    },
  ],
} as unknown as Instrument;

describe('instrument editor model', () => {
  it('turns an instrument into a draft and back unchanged', () => {
    expect(fromDraft(toDraft(instrument))).toEqual(instrument);
  });

  it('adds an item after the last one of its dimension, with the next free code', () => {
    const draft = toDraft(instrument);
    const kk = draft.dimensions[0]!.uid;
    const { draft: next } = addItem(draft, kk);
    expect(fromDraft(next).items.map((item) => item.code)).toEqual(['KK1', 'SW1', 'KK2', 'KK3']);
    expect(freeCode('KK', ['kk1', 'KK2'])).toBe('KK3');
  });

  it('moves an item among the items of its own dimension only', () => {
    const draft = toDraft(instrument);
    const kk2 = draft.items[2]!.uid;
    const moved = fromDraft(moveItem(draft, kk2, -1));
    expect(moved.items.map((item) => item.code)).toEqual(['KK2', 'SW1', 'KK1']);
    expect(fromDraft(moveItem(draft, draft.items[1]!.uid, -1))).toEqual(instrument);
  });

  it('adds a dimension with an item, and removing a dimension removes its items', () => {
    const { draft, uid } = addDimension(toDraft(instrument));
    const added = fromDraft(draft);
    expect(added.dimensions).toHaveLength(3);
    expect(added.items.filter((item) => item.dimension === added.dimensions[2]!.code)).toHaveLength(
      1,
    );
    const removed = fromDraft(removeDimension(draft, draft.dimensions[0]!.uid));
    expect(removed.items.map((item) => item.code)).not.toContain('KK1');
    expect(uid).toBeTruthy();
  });

  it('keeps the labels of points that remain when the range changes', () => {
    const labelled = withPointLabels(instrument.scale, true);
    expect(labelled.points.map((point) => point.value)).toEqual([1, 2, 3, 4, 5]);
    const named = {
      ...labelled,
      points: labelled.points.map((point) => ({ ...point, label: text(`p${point.value}`) })),
    };
    const wider = withScaleRange(named, 1, 7);
    expect(wider.points.map((point) => point.label.nl)).toEqual([
      'p1',
      'p2',
      'p3',
      'p4',
      'p5',
      '',
      '',
    ]);
    expect(withPointLabels(named, false).points).toEqual([]);
  });
});

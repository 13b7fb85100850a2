import { describe, expect, it } from 'vitest';
import {
  INSTRUMENT_FORMAT_VERSION,
  parseInstrumentFile,
  serializeInstrument,
  type InstrumentFile,
} from '@shared/questionnaire/instrument-file';
import type { Instrument } from '@shared/questionnaire/instrument';
import { CUSTOMER_SCAN, loadInstrument, MINI_SAMPLE, readJson, STAFF_SCAN } from './load';

/** A small valid file; tests break one thing at a time. */
function validFile(): InstrumentFile & Record<string, unknown> {
  return {
    id: 'test-scan',
    name: { nl: 'Testscan', en: 'Test scan' },
    scale: { min: 1, max: 5 },
    dimensions: [
      {
        code: 'KK',
        name: 'Klantkennis',
        items: [
          { code: 'KK1', text: 'Eén', reverse: false },
          { code: 'KK2', text: 'Twee', reverse: true },
        ],
      },
      { code: 'SW', name: 'Samenwerking', items: [{ code: 'SW1', text: 'Drie', reverse: false }] },
    ],
  };
}

function problemsOf(json: unknown) {
  const result = parseInstrumentFile(json);
  if (result.ok) throw new Error('expected problems, but the file parsed');
  return result.problems;
}

describe('parseInstrumentFile', () => {
  it('reads the minimal sample instrument into the normalised shape', () => {
    const instrument = loadInstrument(MINI_SAMPLE);
    expect(instrument.id).toBe('mini-scan');
    expect(instrument.version).toBe(1);
    expect(instrument.audience).toBe('staff');
    expect(instrument.dimensions.map((dimension) => dimension.code)).toEqual(['KK', 'SW', 'RF']);
    expect(instrument.items).toHaveLength(12);
    expect(instrument.items.filter((item) => item.reverse).map((item) => item.code)).toEqual([
      'KK3',
      'SW3',
      'RF4',
    ]);
    expect(instrument.family).toBe('mini-scan');
    expect(instrument.derivedFrom).toBeNull();
    expect(instrument.items[0]).toEqual({
      id: 'mini-scan/KK1',
      linkedTo: null,
      code: 'KK1',
      kind: 'likert',
      text: {
        nl: 'We weten waarom klanten voor ons kiezen.',
        en: 'We know why customers choose us.',
      },
      dimension: 'KK',
      reverse: false,
      need: null,
    });
    expect(instrument.scale).toEqual({ min: 1, max: 5, points: [], dontKnow: null });
    expect(instrument.needsScale).toEqual(instrument.scale);
    expect(instrument.needs).toEqual([]);
  });

  it('uses a plain string for both languages and fills a missing language from the other', () => {
    const file = validFile();
    file.dimensions[0]!.items![1]!.text = { nl: 'Alleen Nederlands' };
    const result = parseInstrumentFile(file);
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    expect(result.instrument.dimensions[0]!.name).toEqual({ nl: 'Klantkennis', en: 'Klantkennis' });
    expect(result.instrument.items[1]!.text).toEqual({
      nl: 'Alleen Nederlands',
      en: 'Alleen Nederlands',
    });
  });

  it('ignores fields it does not know', () => {
    const file = { ...validFile(), author: 'Someone', dimensions: validFile().dimensions };
    (file.dimensions[0] as Record<string, unknown>).colour = 'blue';
    expect(parseInstrumentFile(file).ok).toBe(true);
  });

  it('reads scale labels given as a list, a "don\'t know" default and a separate needs scale', () => {
    const result = parseInstrumentFile({
      ...validFile(),
      scale: {
        min: 1,
        max: 3,
        labels: ['Oneens', 'Neutraal', { nl: 'Eens', en: 'Agree' }],
        dontKnow: true,
      },
      needsScale: {
        min: 0,
        max: 10,
        points: [
          { value: 10, label: 'Top' },
          { value: 0, label: 'Nul' },
        ],
      },
    });
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    expect(result.instrument.scale.points.map((point) => point.value)).toEqual([1, 2, 3]);
    expect(result.instrument.scale.points[2]!.label).toEqual({ nl: 'Eens', en: 'Agree' });
    expect(result.instrument.scale.dontKnow).toEqual({ nl: 'Weet niet', en: "Don't know" });
    // Points come out ascending whatever order the file lists them in.
    expect(result.instrument.needsScale.points.map((point) => point.value)).toEqual([0, 10]);
    expect(result.instrument.needsScale.dontKnow).toBeNull();
  });

  it('reads needs, open questions and flat items in questionnaire order', () => {
    const result = parseInstrumentFile({
      ...validFile(),
      audience: 'customer',
      needs: [
        {
          code: 'PRICE',
          name: 'Prijs',
          importance: { code: 'N_PRICE_IMP', text: 'Hoe belangrijk?' },
          performance: { code: 'N_PRICE_PERF', text: 'Hoe goed?' },
        },
        {
          code: 'SPEED',
          name: 'Snelheid',
          importance: { code: 'N_SPEED_IMP', text: 'Hoe belangrijk?' },
        },
      ],
      openQuestions: [{ code: 'OPEN1', text: 'Nog iets?' }],
      items: [
        { code: 'SW2', kind: 'likert', dimension: 'SW', text: 'Vier', reverse: true },
        { code: 'N_SPEED_PERF', kind: 'performance', need: 'SPEED', text: 'Hoe snel?' },
      ],
    });
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    const { instrument } = result;
    expect(instrument.audience).toBe('customer');
    expect(instrument.items.map((item) => item.code)).toEqual([
      'KK1',
      'KK2',
      'SW1',
      'N_PRICE_IMP',
      'N_SPEED_IMP',
      'N_PRICE_PERF',
      'OPEN1',
      'SW2',
      'N_SPEED_PERF',
    ]);
    const byCode = new Map(instrument.items.map((item) => [item.code, item]));
    expect(byCode.get('N_PRICE_PERF')).toMatchObject({
      kind: 'performance',
      need: 'PRICE',
      dimension: null,
    });
    expect(byCode.get('OPEN1')).toMatchObject({
      kind: 'open',
      need: null,
      dimension: null,
      reverse: false,
    });
    expect(byCode.get('SW2')).toMatchObject({ kind: 'likert', dimension: 'SW', reverse: true });
  });

  it('follows itemOrder when the file gives one', () => {
    const result = parseInstrumentFile({ ...validFile(), itemOrder: ['SW1', 'KK2', 'KK1'] });
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    expect(result.instrument.items.map((item) => item.code)).toEqual(['SW1', 'KK2', 'KK1']);
  });
});

describe('problems in broken files', () => {
  it('names a duplicate item code, ignoring case, with both places', () => {
    const file = validFile();
    file.dimensions[1]!.items!.push({ code: 'kk1', text: 'Dubbel' });
    expect(problemsOf(file)).toEqual([
      {
        path: 'dimensions.1.items.1.code',
        key: 'instrument.duplicateItemCode',
        params: { code: 'kk1', otherPath: 'dimensions.0.items.0' },
        message: expect.stringContaining('"kk1" is used more than once'),
      },
    ]);
  });

  it('refuses a scale whose maximum is not above its minimum', () => {
    const problems = problemsOf({ ...validFile(), scale: { min: 5, max: 5 } });
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({
      path: 'scale.max',
      key: 'instrument.scaleMaxNotAboveMin',
      params: { min: 5, max: 5 },
      message: 'The scale maximum (5) must be greater than the minimum (5).',
    });
  });

  it('refuses scale bounds that are not whole numbers', () => {
    const problems = problemsOf({ ...validFile(), scale: { min: 1, max: 4.5 } });
    expect(problems).toEqual([
      expect.objectContaining({
        path: 'scale.max',
        key: 'instrument.wrongType',
        message: 'Expected a whole number but found the number 4.5.',
      }),
    ]);
  });

  it('names an item that refers to a dimension that does not exist', () => {
    const problems = problemsOf({
      ...validFile(),
      items: [{ code: 'XX1', text: 'Los item', dimension: 'XX' }],
    });
    expect(problems).toEqual([
      expect.objectContaining({
        path: 'items.0.dimension',
        key: 'instrument.unknownDimension',
        params: { code: 'XX1', kind: 'likert', dimension: 'XX' },
      }),
    ]);
  });

  it('names an empty text and a missing text', () => {
    const file = validFile();
    file.dimensions[0]!.items![0]!.text = { nl: '  ', en: '' };
    delete (file.dimensions[1]!.items![0] as Record<string, unknown>).text;
    const problems = problemsOf(file);
    expect(problems.map((problem) => [problem.path, problem.key])).toEqual([
      ['dimensions.1.items.0.text', 'instrument.required'],
    ]);
    // Shape problems come first; once the shape is right, the empty text is reported.
    file.dimensions[1]!.items![0]!.text = 'Drie';
    expect(problemsOf(file).map((problem) => [problem.path, problem.key])).toEqual([
      ['dimensions.0.items.0.text', 'instrument.textMissing'],
    ]);
  });

  it('reports missing required fields of the minimal shape', () => {
    const problems = problemsOf({ id: 'x' });
    expect(problems.map((problem) => problem.path).sort()).toEqual(['dimensions', 'name', 'scale']);
    expect(problems.every((problem) => problem.key === 'instrument.required')).toBe(true);
    expect(problems.find((problem) => problem.path === 'scale')!.message).toBe(
      'The field "scale" is missing.',
    );
  });

  it('says so when the file is not an object at all', () => {
    expect(problemsOf([1, 2, 3])).toEqual([
      expect.objectContaining({ path: '', key: 'instrument.wrongType' }),
    ]);
  });

  it('allows reverse coding only on likert items', () => {
    const problems = problemsOf({
      ...validFile(),
      needs: [
        { code: 'PRICE', name: 'Prijs', importance: { code: 'N1', text: 'Hoe?', reverse: true } },
      ],
      items: [{ code: 'OPEN1', kind: 'open', text: 'Nog iets?', reverse: true }],
    });
    expect(problems.map((problem) => [problem.path, problem.key])).toEqual([
      ['needs.0.importance.reverse', 'instrument.reverseNotAllowed'],
      ['items.0.reverse', 'instrument.reverseNotAllowed'],
    ]);
  });

  it('checks scale labels against the scale', () => {
    const problems = problemsOf({
      ...validFile(),
      scale: { min: 1, max: 5, labels: ['a', 'b', 'c'] },
      needsScale: {
        min: 1,
        max: 5,
        points: [
          { value: 6, label: 'Zes' },
          { value: 1, label: 'x' },
          { value: 1, label: 'y' },
        ],
      },
    });
    expect(problems.map((problem) => [problem.path, problem.key])).toEqual([
      ['scale.labels', 'instrument.labelCountMismatch'],
      ['needsScale.points.0.value', 'instrument.pointOutOfRange'],
      ['needsScale.points.2.value', 'instrument.duplicatePointValue'],
    ]);
  });

  it('finds dimensions without items, duplicate dimension codes and bad codes', () => {
    const file = validFile();
    file.dimensions.push(
      { code: 'kk', name: 'Dubbel' },
      { code: 'A B', name: 'Spatie', items: [{ code: 'A1', text: 'x' }] },
    );
    expect(problemsOf(file).map((problem) => [problem.path, problem.key])).toEqual([
      ['dimensions.3.code', 'instrument.invalidCode'],
      ['dimensions.2.code', 'instrument.duplicateDimensionCode'],
      ['dimensions.2', 'instrument.emptyDimension'],
    ]);
  });

  it('checks the references and the number of items of customer needs', () => {
    const problems = problemsOf({
      ...validFile(),
      needs: [
        {
          code: 'PRICE',
          name: 'Prijs',
          importance: { code: 'N_PRICE_IMP', text: 'Hoe belangrijk?' },
        },
        { code: 'SPEED', name: 'Snelheid' },
      ],
      items: [
        { code: 'N_PRICE_IMP2', kind: 'importance', need: 'PRICE', text: 'Nog eens?' },
        { code: 'N_X_PERF', kind: 'performance', need: 'X', text: 'Hoe goed?' },
        { code: 'N_Y', kind: 'importance', text: 'Zonder behoefte' },
        { code: 'OPEN1', kind: 'open', dimension: 'KK', text: 'Open' },
      ],
    });
    expect(problems.map((problem) => [problem.path, problem.key])).toEqual([
      ['items.1.need', 'instrument.unknownNeed'],
      ['items.2', 'instrument.missingNeed'],
      ['items.3.dimension', 'instrument.dimensionNotAllowed'],
      ['items.0', 'instrument.duplicateNeedItem'],
      ['needs.1', 'instrument.needWithoutItems'],
    ]);
  });

  it('checks that itemOrder lists every item once', () => {
    const problems = problemsOf({ ...validFile(), itemOrder: ['KK1', 'KK1', 'NOPE', 'SW1'] });
    expect(problems.map((problem) => [problem.path, problem.key, problem.params])).toEqual([
      ['itemOrder.1', 'instrument.itemOrderDuplicate', { code: 'KK1' }],
      ['itemOrder.2', 'instrument.itemOrderUnknownCode', { code: 'NOPE' }],
      ['itemOrder', 'instrument.itemOrderIncomplete', { codes: 'KK2' }],
    ]);
  });

  it('refuses a file from a newer format version', () => {
    expect(problemsOf({ ...validFile(), formatVersion: 2 })).toEqual([
      expect.objectContaining({
        path: 'formatVersion',
        key: 'instrument.unsupportedFormatVersion',
      }),
    ]);
  });

  it('fills every placeholder of every message', () => {
    const problems = problemsOf({
      ...validFile(),
      id: 'met spatie',
      scale: { min: 0, max: 500, dontKnow: 'Weet niet' },
      dimensions: [
        {
          code: 'KK',
          name: 'x',
          items: [{ code: 'K1', text: 'x', kind: 'open', dimension: 'SW', need: 'P' }],
        },
      ],
    });
    expect(problems.length).toBeGreaterThan(3);
    for (const problem of problems) expect(problem.message).not.toMatch(/\{\{/);
  });
});

describe('serializeInstrument', () => {
  it('writes the full shape that reads back to the same instrument (built-in scans)', () => {
    for (const path of [STAFF_SCAN, CUSTOMER_SCAN, MINI_SAMPLE]) {
      const instrument = loadInstrument(path);
      const file = serializeInstrument(instrument);
      expect(file.formatVersion).toBe(INSTRUMENT_FORMAT_VERSION);
      // Through JSON text, as it would be written to and read from disk.
      const reread = parseInstrumentFile(JSON.parse(JSON.stringify(file)));
      expect(reread).toEqual({ ok: true, instrument });
    }
  });

  it('writes the built-in staff scan back as the file it came from', () => {
    const { $schema: _schema, ...original } = readJson(STAFF_SCAN) as Record<string, unknown>;
    expect(serializeInstrument(loadInstrument(STAFF_SCAN))).toEqual(original);
  });

  it('keeps an edited questionnaire order and items that do not fit the nested structure', () => {
    const base = loadInstrument(MINI_SAMPLE);
    const edited: Instrument = {
      ...base,
      version: 3,
      description: { nl: 'Bewerkt', en: 'Edited' },
      needs: [{ code: 'PRICE', name: { nl: 'Prijs', en: 'Price' } }],
      items: [
        base.items[4]!,
        {
          id: 'mini-scan/N_PRICE_IMP',
          linkedTo: null,
          code: 'N_PRICE_IMP',
          kind: 'importance',
          text: { nl: 'Hoe belangrijk is prijs?', en: 'How important is price?' },
          dimension: null,
          reverse: false,
          need: 'PRICE',
        },
        ...base.items.slice(0, 4),
        {
          id: 'mini-scan/OPEN1',
          linkedTo: null,
          code: 'OPEN1',
          kind: 'open',
          text: { nl: 'Nog iets?', en: 'Anything else?' },
          dimension: null,
          reverse: false,
          need: null,
        },
        ...base.items.slice(5),
      ],
    };
    const file = serializeInstrument(edited);
    expect(file.itemOrder).toEqual(edited.items.map((item) => item.code));
    expect(parseInstrumentFile(JSON.parse(JSON.stringify(file)))).toEqual({
      ok: true,
      instrument: edited,
    });
  });

  it('keeps statement ids, links, family and lineage through a file', () => {
    const base = loadInstrument(MINI_SAMPLE);
    const copy: Instrument = {
      ...base,
      id: 'mijn-scan',
      derivedFrom: { id: 'mini-scan', version: 1 },
      items: base.items.map((item, index) =>
        index === 0 ? { ...item, linkedTo: 'andere/KK1' } : item,
      ),
    };
    const file = serializeInstrument(copy);
    // The copy's statements keep the original's ids, so they stay the same statements.
    expect(file.dimensions[0]!.items![0]).toMatchObject({
      id: 'mini-scan/KK1',
      linkedTo: 'andere/KK1',
      code: 'KK1',
    });
    expect(file.family).toBe('mini-scan');
    expect(file.derivedFrom).toEqual({ id: 'mini-scan', version: 1 });
    expect(parseInstrumentFile(JSON.parse(JSON.stringify(file)))).toEqual({
      ok: true,
      instrument: copy,
    });
  });

  it('links the shipped customer version statement by statement to the staff scan', () => {
    const customer = loadInstrument(CUSTOMER_SCAN);
    const staff = loadInstrument(STAFF_SCAN);
    expect(customer.family).toBe(staff.id);
    const staffIds = new Set(staff.items.map((item) => item.id));
    const linked = customer.items.filter((item) => item.linkedTo !== null);
    expect(linked.length).toBeGreaterThanOrEqual(31);
    for (const item of linked) expect(staffIds.has(item.linkedTo!)).toBe(true);
    // Customer-only statements (performance ratings, open questions) have no counterpart.
    expect(
      customer.items
        .filter((item) => item.kind === 'performance')
        .every((item) => item.linkedTo === null),
    ).toBe(true);
  });

  it('refuses duplicate statement ids and links on open questions', () => {
    const problems = problemsOf({
      id: 'x',
      name: 'X',
      scale: { min: 1, max: 5 },
      dimensions: [
        {
          code: 'A',
          name: 'A',
          items: [
            { id: 'x/1', code: 'A1', text: 'Een' },
            { id: 'x/1', code: 'A2', text: 'Twee' },
          ],
        },
      ],
      openQuestions: [{ code: 'O1', text: 'Open', linkedTo: 'y/O1' }],
    });
    expect(problems.map((problem) => problem.key)).toEqual([
      'instrument.linkNotAllowed',
      'instrument.duplicateStatementId',
    ]);
  });

  it('never drops an item, so an inconsistent instrument is reported when read back', () => {
    const base = loadInstrument(MINI_SAMPLE);
    const broken: Instrument = {
      ...base,
      items: [...base.items, { ...base.items[0]!, code: 'ZZ1', dimension: 'ZZ' }],
    };
    const file = serializeInstrument(broken);
    expect(file.items).toEqual([
      expect.objectContaining({ code: 'ZZ1', kind: 'likert', dimension: 'ZZ' }),
    ]);
    const reread = parseInstrumentFile(JSON.parse(JSON.stringify(file)));
    expect(reread.ok).toBe(false);
    if (!reread.ok) expect(reread.problems[0]!.key).toBe('instrument.unknownDimension');
  });
});

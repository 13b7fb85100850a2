import { describe, expect, it } from 'vitest';
import { BUILTIN_INSTRUMENTS, builtinInstrumentFile } from '@shared/questionnaire/builtin';
import { builtinInstrumentVersions, builtinInstruments } from '@main/core/content/builtin-content';
import { instrumentFileSchema, parseInstrumentFile } from '@shared/questionnaire/instrument-file';
import type { Instrument, Item, LocalizedText } from '@shared/questionnaire/instrument';
import {
  CUSTOMER_SCAN,
  DIMENSION_CODES,
  loadInstrument,
  MINI_SAMPLE,
  readJson,
  STAFF_SCAN,
} from './load';

const staff = loadInstrument(STAFF_SCAN);
const customer = loadInstrument(CUSTOMER_SCAN);

const likertOf = (instrument: Instrument, dimension: string): Item[] =>
  instrument.items.filter((item) => item.kind === 'likert' && item.dimension === dimension);

/** Every text of an instrument, with where it is, to check both languages were written. */
function allTexts(instrument: Instrument): [string, LocalizedText][] {
  return [
    ['name', instrument.name],
    ...instrument.dimensions.map((dimension): [string, LocalizedText] => [
      dimension.code,
      dimension.name,
    ]),
    ...instrument.needs.map((need): [string, LocalizedText] => [need.code, need.name]),
    ...instrument.items.map((item): [string, LocalizedText] => [item.code, item.text]),
    ...[instrument.scale, instrument.needsScale].flatMap((scale) =>
      scale.points.map((point): [string, LocalizedText] => [`point ${point.value}`, point.label]),
    ),
  ];
}

describe('shipped instrument files', () => {
  it('are listed as built-ins and conform to the file format', () => {
    expect(BUILTIN_INSTRUMENTS.map((entry) => entry.id)).toEqual([staff.id, customer.id]);
    expect(builtinInstrumentFile('klantgerichtheidsscan-klant')).toBe(
      'instruments/klantgerichtheidsscan-klant.json',
    );
    for (const entry of BUILTIN_INSTRUMENTS) {
      const json = readJson(`resources/${entry.file}`);
      expect(instrumentFileSchema.safeParse(json).success).toBe(true);
      const result = parseInstrumentFile(json);
      expect(result.ok && result.instrument.id).toBe(entry.id);
    }
    expect(instrumentFileSchema.safeParse(readJson(MINI_SAMPLE)).success).toBe(true);
  });

  it('have every text written in both Dutch and English, and not just copied', () => {
    for (const instrument of [staff, customer]) {
      for (const [where, text] of allTexts(instrument)) {
        expect(text.nl.trim(), where).not.toBe('');
        expect(text.en.trim(), where).not.toBe('');
      }
      const items = instrument.items.filter((item) => item.text.nl === item.text.en);
      expect(items.map((item) => item.code)).toEqual([]);
    }
  });
});

describe('Klantgerichtheidsscan for staff', () => {
  it('is for staff, on a five-point agree scale with a "don\'t know" answer', () => {
    expect(staff.audience).toBe('staff');
    expect(staff.scale.min).toBe(1);
    expect(staff.scale.max).toBe(5);
    expect(staff.scale.points.map((point) => point.label.nl)).toEqual([
      'Helemaal mee oneens',
      'Mee oneens',
      'Neutraal',
      'Mee eens',
      'Helemaal mee eens',
    ]);
    expect(staff.scale.points[0]!.label.en).toBe('Strongly disagree');
    expect(staff.scale.points[4]!.label.en).toBe('Strongly agree');
    expect(staff.scale.dontKnow).not.toBeNull();
  });

  it('has the six dimensions, each with four to six likert items and at least one reversed', () => {
    expect(staff.dimensions.map((dimension) => dimension.code)).toEqual(DIMENSION_CODES);
    for (const dimension of staff.dimensions) {
      const items = likertOf(staff, dimension.code);
      expect(items.length, dimension.code).toBeGreaterThanOrEqual(4);
      expect(items.length, dimension.code).toBeLessThanOrEqual(6);
      expect(
        items.some((item) => item.reverse),
        dimension.code,
      ).toBe(true);
      expect(
        items.some((item) => !item.reverse),
        dimension.code,
      ).toBe(true);
      expect(dimension.description).not.toBeNull();
    }
  });

  it('asks the importance of at least eight customer needs on an importance scale', () => {
    expect(staff.needs.length).toBeGreaterThanOrEqual(8);
    const needCodes = staff.needs.map((need) => need.code);
    expect(needCodes).toEqual(
      expect.arrayContaining([
        'PRICE',
        'QUALITY',
        'DELIVERY',
        'ATTENTION',
        'RESPONSE',
        'EXPERTISE',
        'FLEXIBILITY',
        'INNOVATION',
      ]),
    );
    const importance = staff.items.filter((item) => item.kind === 'importance');
    expect(importance.map((item) => item.code)).toEqual(needCodes.map((code) => `N_${code}_IMP`));
    expect(importance.map((item) => item.need)).toEqual(needCodes);
    expect(staff.items.some((item) => item.kind === 'performance')).toBe(false);
    expect(staff.needsScale.points.map((point) => point.label.nl)).toEqual([
      'Onbelangrijk',
      'Weinig belangrijk',
      'Enigszins belangrijk',
      'Belangrijk',
      'Zeer belangrijk',
    ]);
  });

  it('ends with one or two open questions', () => {
    const open = staff.items.filter((item) => item.kind === 'open');
    expect(open.length).toBeGreaterThanOrEqual(1);
    expect(open.length).toBeLessThanOrEqual(2);
    expect(staff.items.slice(-open.length)).toEqual(open);
  });
});

describe('Klantgerichtheidsscan, customer version', () => {
  it('is for customers and measures the same dimensions', () => {
    expect(customer.audience).toBe('customer');
    expect(customer.dimensions.map((dimension) => dimension.code)).toEqual(DIMENSION_CODES);
    for (const dimension of customer.dimensions) {
      const items = likertOf(customer, dimension.code);
      expect(items.length, dimension.code).toBeGreaterThanOrEqual(4);
      expect(items.length, dimension.code).toBeLessThanOrEqual(6);
    }
  });

  it('uses the staff item code, dimension and reverse flag for every parallel statement', () => {
    const staffItems = new Map(staff.items.map((item) => [item.code, item]));
    for (const item of customer.items.filter((candidate) => candidate.kind === 'likert')) {
      const parallel = staffItems.get(item.code);
      expect(parallel, item.code).toBeDefined();
      expect(parallel!.dimension, item.code).toBe(item.dimension);
      expect(parallel!.reverse, item.code).toBe(item.reverse);
    }
    // Most of the staff scan has a customer counterpart, so the comparison is meaningful.
    const parallelCount = customer.items.filter((item) => item.kind === 'likert').length;
    expect(parallelCount).toBeGreaterThanOrEqual(24);
  });

  it('asks importance and performance for the same needs as the staff scan', () => {
    expect(customer.needs.map((need) => need.code)).toEqual(staff.needs.map((need) => need.code));
    for (const need of customer.needs) {
      const kinds = customer.items.filter((item) => item.need === need.code);
      expect(kinds.map((item) => [item.kind, item.code])).toEqual([
        ['importance', `N_${need.code}_IMP`],
        ['performance', `N_${need.code}_PERF`],
      ]);
    }
    const performance = customer.items.find((item) => item.code === 'N_PRICE_PERF')!;
    expect(performance.text.en).toMatch(/^How well does this supplier perform on/);
    expect(customer.needsScale.points).toHaveLength(5);
  });

  it('uses the same open question codes as the staff scan', () => {
    const openCodes = (instrument: Instrument) =>
      instrument.items.filter((item) => item.kind === 'open').map((item) => item.code);
    expect(openCodes(customer)).toEqual(openCodes(staff));
  });
});

describe('docs/instrument.schema.json', () => {
  const schema = readJson('docs/instrument.schema.json') as {
    $schema: string;
    required: string[];
    properties: Record<string, unknown>;
  };

  it('is a draft 2020-12 JSON Schema with the same top-level fields as the reader', () => {
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(Object.keys(schema.properties).sort()).toEqual(
      Object.keys(instrumentFileSchema.shape).sort(),
    );
  });

  it('requires exactly the fields of the minimal shape', () => {
    expect([...schema.required].sort()).toEqual(['dimensions', 'id', 'name', 'scale']);
    const zodRequired = Object.entries(instrumentFileSchema.shape)
      .filter(([, field]) => !field.safeParse(undefined).success)
      .map(([name]) => name);
    expect(zodRequired.sort()).toEqual(['dimensions', 'id', 'name', 'scale']);
  });
});

describe('opening a workspace', () => {
  it('knows the shipped instruments’ keys and versions without parsing them, equal to the parsed ones', () => {
    expect(builtinInstrumentVersions()).toEqual(
      builtinInstruments().map((instrument) => ({
        id: instrument.id,
        version: instrument.version,
      })),
    );
  });
});

import { withIdentity, type Instrument, type Item } from '@shared/questionnaire/instrument';
import type { FamilyAnalysisInput } from '@shared/gaps';
import type { ResponseMatrix } from '@shared/scoring';

const text = (value: string): { nl: string; en: string } => ({ nl: value, en: value });

/** A 1–5 instrument; each dimension code maps to its item codes, `-` suffix = reverse item. */
export function smallInstrument(
  dimensions: Record<string, string[]>,
  needs: string[] = [],
): Instrument {
  const scale = { min: 1, max: 5, points: [], dontKnow: null };
  const items: Omit<Item, 'id' | 'linkedTo'>[] = [];
  for (const [dimension, codes] of Object.entries(dimensions)) {
    for (const raw of codes) {
      const reverse = raw.endsWith('-');
      items.push({
        code: reverse ? raw.slice(0, -1) : raw,
        kind: 'likert',
        text: text(raw),
        dimension,
        reverse,
        need: null,
      });
    }
  }
  for (const need of needs) {
    for (const kind of ['importance', 'performance'] as const) {
      items.push({
        code: `${kind === 'importance' ? 'I' : 'P'}_${need}`,
        kind,
        text: text(need),
        dimension: null,
        reverse: false,
        need,
      });
    }
  }
  return withIdentity({
    id: 'small',
    version: 1,
    name: text('small'),
    description: null,
    audience: 'staff',
    scale,
    needsScale: scale,
    dimensions: Object.keys(dimensions).map((code) => ({
      code,
      name: text(code),
      description: null,
    })),
    needs: needs.map((code) => ({ code, name: text(code) })),
    items,
  });
}

/** Rows of answers (null = missing) with a group per row. */
export function matrixOf(
  itemCodes: string[],
  rows: (number | null)[][],
  groupOf: number[],
  groupCount: number,
): ResponseMatrix {
  const values = new Float64Array(rows.length * itemCodes.length);
  rows.forEach((row, r) =>
    itemCodes.forEach((_, j) => {
      const x = row[j];
      values[r * itemCodes.length + j] = x === null || x === undefined ? NaN : x;
    }),
  );
  return { itemCodes, values, groupOf: Int32Array.from(groupOf), groupCount };
}

/**
 * The benchmark shape of the issue: `respondents` × 60 likert items in 6 dimensions (every fourth
 * item reverse-coded), 5 % missing, respondents spread over `groupCount` groups. Deterministic.
 */
export function syntheticSurvey(respondents = 5000, groupCount = 8) {
  const dimensions: Record<string, string[]> = {};
  for (let d = 0; d < 6; d++) {
    dimensions[`D${d}`] = Array.from(
      { length: 10 },
      (_, i) => `D${d}_${i}${i % 4 === 0 ? '-' : ''}`,
    );
  }
  const instrument = smallInstrument(dimensions);
  const itemCodes = instrument.items.map((item) => item.code);
  const values = new Float64Array(respondents * itemCodes.length);
  let seed = 12345;
  const random = (): number => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed / 2147483648;
  };
  const groupOf = Int32Array.from({ length: respondents }, (_, r) => r % groupCount);
  for (let r = 0; r < respondents; r++) {
    const lean = (groupOf[r]! % 3) - 1; // groups differ a little, as departments do
    for (let j = 0; j < itemCodes.length; j++) {
      const x = Math.round(3 + lean * 0.5 + (random() - 0.5) * 4);
      values[r * itemCodes.length + j] = random() < 0.05 ? NaN : Math.min(5, Math.max(1, x));
    }
  }
  const matrix: ResponseMatrix = { itemCodes, values, groupOf, groupCount };
  return { instrument, matrix };
}

/**
 * The gap analysis of a synthetic survey as the bench runs it (`analyze` and the Kloof tab alike):
 * one instrument version, every group a department named by `groupName`, all groups selected.
 */
export function syntheticFamilyInput(
  { instrument, matrix }: ReturnType<typeof syntheticSurvey>,
  groupName: (index: number) => string,
): FamilyAnalysisInput {
  const groups = Array.from({ length: matrix.groupCount }, (_, g) => ({
    id: g + 1,
    name: groupName(g),
    kind: 'department' as const,
    invited: null,
  }));
  return {
    versions: [{ instrumentId: 1, key: instrument.id, version: 1, instrument, matrix }],
    groups,
    selected: groups.map((_, index) => index),
  };
}

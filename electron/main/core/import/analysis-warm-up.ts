/**
 * A parse worker started ahead of its survey export (the import view opened: `import.prepare`)
 * analyses a small generated export while it waits, so the consultant's file runs on compiled
 * code: a fresh thread runs the reading, mapping and preview loops interpreted at first, which
 * made the first analysis of a file about twice as slow as the next. The generated export has
 * what real ones have (codes, a group column, digits, labels, blanks, an open question), so the
 * same code paths get compiled. It takes a few tens of ms, before the file can arrive.
 */
import { withIdentity, type Instrument } from '@shared/questionnaire/instrument';
import { analyseSurveyFile, type ImportInputs } from './survey-import';

const ITEMS = 20;
const ROWS = 400;
const LABELS = ['Helemaal mee oneens', 'Mee oneens', 'Neutraal', 'Mee eens', 'Helemaal mee eens'];
const GROUPS = ['Productie', 'Verkoop', 'Management'];

function text(value: string) {
  return { nl: value, en: value };
}

function warmUpInstrument(): Instrument {
  const scale = {
    min: 1,
    max: 5,
    points: LABELS.map((label, index) => ({ value: index + 1, label: text(label) })),
    dontKnow: null,
  };
  return withIdentity({
    id: 'warm-up',
    version: 1,
    name: text('Warm-up'),
    description: null,
    audience: 'staff',
    scale,
    needsScale: scale,
    dimensions: [{ code: 'D', name: text('D'), description: null }],
    needs: [],
    items: [
      ...Array.from({ length: ITEMS }, (_, index) => ({
        code: `Q${index + 1}`,
        kind: 'likert' as const,
        text: text(`Stelling ${index + 1}`),
        dimension: 'D',
        reverse: false,
        need: null,
      })),
      {
        code: 'OPEN',
        kind: 'open',
        text: text('Opmerkingen'),
        dimension: null,
        reverse: false,
        need: null,
      },
    ],
  });
}

/** A Dutch-Excel-style export: `;`, codes, groups, mostly digits, some labels and blanks. */
function warmUpCsv(): Uint8Array {
  const header = [
    'Respondent',
    'Afdeling',
    ...Array.from({ length: ITEMS }, (_, i) => `Q${i + 1}`),
  ];
  const lines = [[...header, 'OPEN'].join(';')];
  for (let row = 0; row < ROWS; row++) {
    const cells = [`W${row + 1}`, GROUPS[row % GROUPS.length]!];
    for (let item = 0; item < ITEMS; item++) {
      const pick = (row * 7 + item * 3) % 23;
      cells.push(pick === 0 ? '' : pick === 1 ? LABELS[row % 5]! : String(1 + (pick % 5)));
    }
    cells.push(row % 9 === 0 ? `Opmerking ${row}` : '');
    lines.push(cells.join(';'));
  }
  return new TextEncoder().encode(`${lines.join('\r\n')}\r\n`);
}

/** Analyses the generated export twice: suggested mapping, then the mapping sent back. */
export async function warmUpSurveyAnalysis(): Promise<void> {
  const inputs: ImportInputs = {
    instrument: warmUpInstrument(),
    groups: GROUPS.map((name, index) => ({ id: String(index + 1), name })),
    previewOptions: { existingCodes: ['W2'], defaultGroupId: null },
  };
  const file = { fileName: 'warm-up.csv', bytes: warmUpCsv() };
  const first = await analyseSurveyFile(file, undefined, inputs);
  await analyseSurveyFile(file, first.analysis.mapping, inputs);
}

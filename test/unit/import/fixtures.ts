/** Test helpers: the shared sample files, fixtures and instruments in their normalised shape. */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Instrument } from '@shared/questionnaire/instrument';
import { parseInstrumentFile } from '@shared/questionnaire/instrument-file';
import type { GroupRef } from '@shared/import/group-match';

export const SAMPLES_DIR = fileURLToPath(new URL('../../fixtures/samples/', import.meta.url));
export const RESOURCES_DIR = fileURLToPath(new URL('../../../resources/', import.meta.url));
export const FIXTURES_DIR = fileURLToPath(new URL('../../fixtures/import/', import.meta.url));

export function sampleBytes(name: string): Uint8Array {
  return new Uint8Array(readFileSync(SAMPLES_DIR + name));
}

export function fixtureBytes(name: string): Uint8Array {
  return new Uint8Array(readFileSync(FIXTURES_DIR + name));
}

function parseInstrument(path: string): Instrument {
  const result = parseInstrumentFile(JSON.parse(readFileSync(path, 'utf8')));
  if (!result.ok) throw new Error(`${path}: ${JSON.stringify(result.problems)}`);
  return result.instrument;
}

export function miniScan(): Instrument {
  return parseInstrument(SAMPLES_DIR + 'mini-scan.instrument.json');
}

/** The built-in staff instrument as shipped in resources/. */
export function builtinStaffScan(): Instrument {
  return parseInstrument(RESOURCES_DIR + 'instruments/klantgerichtheidsscan.json');
}

/** The mini scan with an open question "Opmerkingen" / "Comments" at the end. */
export function miniScanWithComments(): Instrument {
  const instrument = miniScan();
  instrument.items.push({
    id: 'mini-scan/OPM',
    linkedTo: null,
    code: 'OPM',
    kind: 'open',
    text: { nl: 'Opmerkingen', en: 'Comments' },
    dimension: null,
    reverse: false,
    need: null,
  });
  return instrument;
}

export const ITEM_CODES = [
  'KK1',
  'KK2',
  'KK3',
  'KK4',
  'SW1',
  'SW2',
  'SW3',
  'SW4',
  'RF1',
  'RF2',
  'RF3',
  'RF4',
];

export const DUTCH_GROUPS: GroupRef[] = [
  { id: 'g-prod', name: 'Productie' },
  { id: 'g-sales', name: 'Verkoop / Commercie' },
  { id: 'g-mgmt', name: 'Management' },
];

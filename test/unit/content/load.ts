import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseInstrumentFile } from '@shared/questionnaire/instrument-file';
import type { Instrument } from '@shared/questionnaire/instrument';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));

/** Reads a JSON file relative to the repository root. */
export function readJson(relativePath: string): unknown {
  return JSON.parse(readFileSync(`${ROOT}${relativePath}`, 'utf8'));
}

export function loadInstrument(relativePath: string): Instrument {
  const result = parseInstrumentFile(readJson(relativePath));
  if (!result.ok) {
    throw new Error(
      result.problems.map((problem) => `${problem.path}: ${problem.message}`).join('\n'),
    );
  }
  return result.instrument;
}

export const STAFF_SCAN = 'resources/instruments/klantgerichtheidsscan.json';
export const CUSTOMER_SCAN = 'resources/instruments/klantgerichtheidsscan-klant.json';
export const MINI_SAMPLE = 'test/fixtures/samples/mini-scan.instrument.json';
export const DIMENSION_CODES = ['KK', 'KD', 'FB', 'LC', 'SW', 'RF'];

/**
 * The content shipped in resources/, bundled into the main-process build so the app, the browser
 * host and the CLI find it without knowing where resources/ ended up after packaging.
 * Parsed once, on first use; a shipped file that does not parse is a build error caught by tests.
 */
import staffScan from '@resources/instruments/klantgerichtheidsscan.json';
import customerScan from '@resources/instruments/klantgerichtheidsscan-klant.json';
import illustrativeNorms from '@resources/norms/illustrative.json';
import shippedTips from '@resources/tips/tips.json';
import { parseInstrumentFile } from '@shared/questionnaire/instrument-file';
import type { Instrument } from '@shared/questionnaire/instrument';
import { parseNormSet, parseTipLibrary, type NormSet, type TipLibrary } from '@shared/content';

function mustParse<T>(
  name: string,
  result: ({ ok: true } & T) | { ok: false; problems: unknown[] },
): T {
  if (!result.ok) throw new Error(`Shipped ${name} is invalid: ${JSON.stringify(result.problems)}`);
  return result;
}

let instruments: Instrument[] | undefined;
let norms: NormSet[] | undefined;
let tips: TipLibrary | undefined;

export function builtinInstruments(): Instrument[] {
  instruments ??= [staffScan, customerScan].map(
    (file, index) => mustParse(`instrument ${index}`, parseInstrumentFile(file)).instrument,
  );
  return instruments;
}

/**
 * The key and version of each shipped instrument, read from the files without validating them:
 * opening a workspace that has them all (every start but the first) then parses none, which
 * saved every command and the app's start ~30–50 ms of schema checks.
 */
export function builtinInstrumentVersions(): { id: string; version: number }[] {
  return [staffScan, customerScan].map((file) => ({ id: file.id, version: file.version }));
}

export function builtinNormSets(): NormSet[] {
  norms ??= [mustParse('norm set', parseNormSet(illustrativeNorms)).normSet];
  return norms;
}

export function builtinTipLibrary(): TipLibrary {
  tips ??= mustParse('tips', parseTipLibrary(shippedTips)).library;
  return tips;
}

/**
 * A full garbage collection after a report is written. A report builds large short-lived object
 * trees (the document, its XML, the zip); V8 would keep their pages and grow the heap with every
 * report, so four reports in a row would need far more memory than one. Collecting once the file
 * is made keeps the app at the footprint of a single report. (The same trick the PNG worker uses:
 * V8's own gc function, reached without starting Node with --expose-gc.)
 */
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

let collect: (() => void) | null | undefined;

export function collectGarbage(): void {
  if (collect === undefined) {
    try {
      setFlagsFromString('--expose-gc');
      collect = runInNewContext('gc') as () => void;
    } catch {
      collect = null;
    }
  }
  collect?.();
}

/**
 * A full garbage collection after a report is written, which also hands the heap's grown pages
 * back. A report builds large short-lived object trees (the document, its XML, the zip) at a rate
 * that makes V8 grow its young generation to the maximum (64 MB) and keep it, with the old
 * generation's emptied pages: measured, the heap grew from 100 to 170 MB over four reports with
 * 30 MB alive. Collecting this way once the file is made keeps the app at the footprint of a
 * single report, for a few full collections' time. (V8's own gc function, as the PNG worker
 * uses it, reached without starting Node with --expose-gc.)
 */
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

/** V8's gc function; `flavor: 'last-resort'` also shrinks the heap back (see collectGarbage). */
type Collect = (options?: {
  type: 'major' | 'minor';
  execution: 'sync' | 'async';
  flavor?: 'regular' | 'last-resort';
}) => void;

let collect: Collect | null | undefined;

export function collectGarbage(): void {
  if (collect === undefined) {
    try {
      setFlagsFromString('--expose-gc');
      collect = runInNewContext('gc') as Collect;
    } catch {
      collect = null;
    }
  }
  // A plain full collection frees the objects but V8 keeps the pages it grew into (the young
  // generation at its largest, the old generation's free pages), so every report left the heap
  // larger; V8's "last resort" collection is the one that also gives those pages back.
  collect?.({ type: 'major', execution: 'sync', flavor: 'last-resort' });
}

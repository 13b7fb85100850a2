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

function gcFunction(): Collect | null {
  if (collect === undefined) {
    try {
      setFlagsFromString('--expose-gc');
      collect = runInNewContext('gc') as Collect;
    } catch {
      collect = null;
    }
  }
  return collect;
}

export function collectGarbage(): void {
  // A plain full collection frees the objects but V8 keeps the pages it grew into (the young
  // generation at its largest, the old generation's free pages), so every report left the heap
  // larger; V8's "last resort" collection is the one that also gives those pages back.
  gcFunction()?.({ type: 'major', execution: 'sync', flavor: 'last-resort' });
}

let pending: NodeJS.Timeout | null = null;

/**
 * The same collection once the report has been handed over (the next turn of the event loop), so
 * its 50–130 ms are not part of the report's time. A report started before it ran (one right
 * after another) runs it first (`collectPendingGarbage`), so reports in a row still start from one
 * report's footprint; a command that ends the process after one report drops it
 * (`dropPendingGarbage`), since the process' memory goes anyway.
 */
export function collectGarbageSoon(): void {
  if (pending) return;
  pending = setTimeout(collectPendingGarbage, 0).unref();
}

export function collectPendingGarbage(): void {
  if (!pending) return;
  clearTimeout(pending);
  pending = null;
  collectGarbage();
}

/**
 * A regular full collection between reading the data and writing the document: the analysis'
 * per-respondent arrays (tens of MB outside V8's heap at 40,000 respondents) are garbage by then,
 * but a young-generation collection does not free them, so without it they stayed allocated while
 * the document was written on top of them, and set the report's peak memory. At that point the
 * heap holds little (about 20 MB live), so the collection takes about 10 ms.
 */
export function releaseAnalysisMemory(): void {
  gcFunction()?.({ type: 'major', execution: 'sync' });
}

/** For a process that ends after its report (the command line): no collection is needed. */
export function dropPendingGarbage(): void {
  if (pending) clearTimeout(pending);
  pending = null;
}

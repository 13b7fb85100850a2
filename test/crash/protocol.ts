/**
 * What the crash-test parent and its child processes share: the child's configuration, the
 * changes it logs after each commit, and the survey file it imports.
 */

export interface ChildConfig {
  dataDir: string;
  /** The child appends one JSON line per committed change, flushed to disk (fsync). */
  logFile: string;
  /** First sequence number of this run: sequence numbers are unique over all runs. */
  seqStart: number;
  seed: number;
  engagementId: number;
  instrumentId: number;
  /** Names of the engagement's groups, as the survey file writes them. */
  groupNames: string[];
  groupIds: number[];
  /** A grid respondent the child keeps editing. */
  gridRespondentId: number;
  interviewId: number;
  /** The import mapping for `surveyCsv` files (they all have the same header). */
  mapping: unknown;
  itemCodes: string[];
}

export type LoggedChange =
  /** An import of `count` respondents whose codes all start with `batch`. */
  | { op: 'import'; batch: string; count: number }
  /** The engagement's notes were set to `edit <seq>`. */
  | { op: 'edit'; seq: number }
  /** A new grid respondent with code `G<seq>`. */
  | { op: 'gridInsert'; seq: number }
  /** The kept grid respondent's role was set to `r<seq>`. */
  | { op: 'gridUpdate'; seq: number }
  /** The interview's free notes were autosaved with the text `note <seq>`. */
  | { op: 'note'; seq: number };

/** Import batches are recognisable in the workspace by their codes: `I<seq>n<count>-<k>`. */
export const IMPORT_CODE = /^(I\d+n(\d+))-\d+$/;

export function importBatch(seq: number, count: number): string {
  return `I${seq}n${count}`;
}

/** A survey export of `count` respondents, in the shape a consultant receives one. */
export function surveyCsv(
  batch: string,
  count: number,
  groupNames: string[],
  itemCodes: string[],
  random: () => number,
): string {
  const lines = [['Respondent', 'Afdeling', ...itemCodes].join(',')];
  for (let k = 0; k < count; k++) {
    const group = groupNames[k % groupNames.length] ?? '';
    const answers = itemCodes.map(() => String(1 + Math.floor(random() * 5)));
    lines.push([`${batch}-${k}`, group, ...answers].join(','));
  }
  return `${lines.join('\r\n')}\r\n`;
}

/** mulberry32: small, fast and deterministic, so a failing run can be replayed. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

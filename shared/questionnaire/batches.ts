/**
 * Where respondents came from. Every import, kiosk session and live session is a *batch*: listed
 * with its file name (or kind) and date, and removable as a whole. Rows typed into the grid and
 * the synthetic sample belong to no batch.
 */
export const RESPONDENT_SOURCES = ['grid', 'import', 'kiosk', 'live', 'sample'] as const;
export type RespondentSource = (typeof RESPONDENT_SOURCES)[number];

export const BATCH_SOURCES = ['import', 'kiosk', 'live'] as const;
export type BatchSource = (typeof BATCH_SOURCES)[number];

export interface RespondentBatch {
  id: number;
  engagementId: number;
  instrumentId: number;
  source: BatchSource;
  /** The imported file's name; empty for a kiosk or live session. */
  fileName: string;
  /** ISO 8601. */
  createdAt: string;
  /** Respondents in the batch now (rows deleted one by one in the grid no longer count). */
  respondents: number;
}

/** What removing a batch did: how many respondents went, and the backup made just before. */
export interface BatchRemoval {
  removedRespondents: number;
  backupFileName: string;
}

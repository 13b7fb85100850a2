/**
 * The import mapping: which column holds which item, the group and the respondent code; which
 * answer label stands for which value; which group value is which group. A plain serialisable
 * object: `suggestMapping` proposes one, the consultant edits it in the UI, `buildPreview` uses
 * it. Validate it with `importMappingSchema` where it crosses a process boundary.
 */
import type { LabelScale, LabelValue } from './labels';

export type ColumnTarget =
  | { kind: 'item'; itemCode: string }
  | { kind: 'group' }
  | { kind: 'respondentCode' }
  | { kind: 'ignore' };

/** Why a column got its target; 'manual' once the consultant has changed it. */
export type ColumnMatchReason =
  'code' | 'text' | 'fuzzyText' | 'header' | 'values' | 'personalData' | 'none' | 'manual';

export interface ColumnMapping {
  /** 0-based column index in the table. */
  index: number;
  /** The header as in the file, to show and to check the mapping still fits the table. */
  header: string;
  target: ColumnTarget;
  reason: ColumnMatchReason;
  /** The header names personal data (name, e-mail): the column is never imported. */
  personalData: boolean;
}

export interface LabelMapping {
  /** The scale the label was found on: likert items, or importance/performance items. */
  scale: LabelScale;
  /** The label as first seen in the file; other spellings that normalise equal share it. */
  text: string;
  /** How many cells hold this label. */
  count: number;
  /** A scale value, 'missing' (don't know, not applicable), or null: not mapped yet. */
  value: LabelValue | null;
}

export interface GroupValueMapping {
  /** The value as first seen in the group column. */
  text: string;
  count: number;
  /** The engagement group, or null: not mapped yet (rows with this value are not imported). */
  groupId: string | null;
}

export interface ImportMapping {
  /** One entry per table column, in column order. */
  columns: ColumnMapping[];
  labels: LabelMapping[];
  groupValues: GroupValueMapping[];
}

import type { Audience, LocalizedText } from './instrument';

/** One stored instrument version, as lists show it. */
export interface InstrumentSummary {
  /** Database id of this version. */
  id: number;
  /** The instrument's stable id, shared by its versions. */
  key: string;
  version: number;
  builtin: boolean;
  name: LocalizedText;
  audience: Audience;
  dimensionCount: number;
  itemCount: number;
  respondentCount: number;
  /** Built-in, or has responses: editing creates a copy or a new version. */
  locked: boolean;
  createdAt: string;
}

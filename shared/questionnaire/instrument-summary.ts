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
  /** The family whose statements this version's may be compared with. */
  family: string;
  /** Lineage of a copy. */
  derivedFrom: { id: string; version: number } | null;
  dimensionCount: number;
  itemCount: number;
  /** Respondents over every engagement: with any, the version is locked. */
  respondentCount: number;
  /** Built-in, or has responses: editing creates a copy or a new version. */
  locked: boolean;
  createdAt: string;
}

/** An instrument version as one engagement uses it. */
export interface EngagementInstrument extends InstrumentSummary {
  /** Respondents of this engagement who answered this version. */
  engagementRespondents: number;
}

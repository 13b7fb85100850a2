/**
 * The sections of the Word report, in their default order, and the charts each section can show.
 * The consultant switches sections on and off and reorders them; the cover always comes first.
 */

export const SECTION_IDS = [
  'cover',
  'summary',
  'method',
  'results',
  'dimensions',
  'gaps',
  'needs',
  'interviews',
  'recommendations',
  'appendix',
] as const;
export type SectionId = (typeof SECTION_IDS)[number];

/** The cover is a page of its own before the contents, so it never moves. */
export const FIXED_FIRST_SECTION: SectionId = 'cover';

/** Sections with a narrative text the consultant edits (the cover has none). */
export const NARRATIVE_SECTIONS: readonly SectionId[] = SECTION_IDS.filter((id) => id !== 'cover');

export const CHART_IDS = [
  'mirror',
  'dimensionScores',
  'groupProfiles',
  'largestGaps',
  'blindSpots',
  'needsImportance',
  'ipa',
  'themeCounts',
] as const;
export type ChartId = (typeof CHART_IDS)[number];

/** Which section each chart belongs to: the settings screen offers them there. */
export const CHART_SECTION: Record<ChartId, SectionId> = {
  mirror: 'summary',
  dimensionScores: 'results',
  groupProfiles: 'dimensions',
  largestGaps: 'gaps',
  blindSpots: 'gaps',
  needsImportance: 'needs',
  ipa: 'needs',
  themeCounts: 'interviews',
};

export function chartsOfSection(section: SectionId): ChartId[] {
  return CHART_IDS.filter((chart) => CHART_SECTION[chart] === section);
}

/**
 * What the consultant chooses for one engagement's report (saved with the engagement) and the
 * firm's house style (saved once for the workspace), with the zod schemas main validates them by.
 */
import { z } from 'zod';
import { richDocFromPlainText, richDocSchema } from './rich-text';
import {
  CHART_IDS,
  FIXED_FIRST_SECTION,
  SECTION_IDS,
  type ChartId,
  type SectionId,
} from './sections';

export const MAX_NARRATIVE_LENGTH = 20_000;
export const MAX_ACTIONS = 30;

const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'date.format')
  .refine((value) => !Number.isNaN(Date.parse(`${value}T00:00:00Z`)), 'date.invalid');

export const sectionSettingSchema = z.object({
  id: z.enum(SECTION_IDS),
  enabled: z.boolean(),
  /**
   * The consultant's text as a rich-text document; null while the generated draft is used. Plain
   * text (saved by an older version) is read as a document.
   */
  narrative: z
    .union([
      z.string().max(MAX_NARRATIVE_LENGTH, 'tooLong').transform(richDocFromPlainText),
      richDocSchema,
    ])
    .nullable(),
});
export type SectionSetting = z.output<typeof sectionSettingSchema>;

export const PRIORITIES = ['high', 'medium', 'low'] as const;
export type Priority = (typeof PRIORITIES)[number];

export const EVIDENCE_KINDS = [
  'gap',
  'blindSpot',
  'quadrant',
  'theme',
  'dimension',
  'other',
] as const;
export type EvidenceKind = (typeof EVIDENCE_KINDS)[number];

/**
 * One recommendation of the action plan: what to do, the evidence it rests on (a gap, a quadrant
 * of the importance–performance grid, a theme with its quotes), and who does it, by when, and how
 * success is seen. Fields left empty are flagged before generating and marked in the document.
 */
export const recommendationSchema = z.object({
  action: z.string().trim().max(500, 'tooLong'),
  evidenceKind: z.enum(EVIDENCE_KINDS),
  /** The evidence in words, drafted from the data ("Productie scoort … 1,4 punt hoger …"). */
  evidence: z.string().trim().max(1000, 'tooLong'),
  /** The figure the evidence is shown in ("chart:largestGaps"), for a cross-reference. */
  evidenceRef: z.string().max(80).nullable(),
  /** Quotes cited as evidence (for a theme). */
  quoteIds: z.array(z.number().int().positive()).max(5),
  priority: z.enum(PRIORITIES).nullable(),
  owner: z.string().trim().max(120, 'tooLong'),
  due: z.string().trim().max(60, 'tooLong'),
  successMeasure: z.string().trim().max(300, 'tooLong'),
});
export type Recommendation = z.output<typeof recommendationSchema>;

/** The fields a recommendation needs before it can be acted on. */
export const REQUIRED_RECOMMENDATION_FIELDS = [
  'priority',
  'owner',
  'due',
  'successMeasure',
] as const;
export type RequiredRecommendationField = (typeof REQUIRED_RECOMMENDATION_FIELDS)[number];

export function missingFields(recommendation: Recommendation): RequiredRecommendationField[] {
  return REQUIRED_RECOMMENDATION_FIELDS.filter((field) => {
    const value = recommendation[field];
    return value === null || value.trim() === '';
  });
}

export function emptyRecommendation(): Recommendation {
  return {
    action: '',
    evidenceKind: 'other',
    evidence: '',
    evidenceRef: null,
    quoteIds: [],
    priority: null,
    owner: '',
    due: '',
    successMeasure: '',
  };
}

/** An action-plan row saved by an older version (action, owner, due) as a recommendation. */
function fromActionRow(row: unknown): Recommendation | null {
  if (typeof row !== 'object' || row === null) return null;
  const { action, owner, due } = row as Record<string, unknown>;
  const parsed = recommendationSchema.safeParse({
    ...emptyRecommendation(),
    action: typeof action === 'string' ? action : '',
    owner: typeof owner === 'string' ? owner : '',
    due: typeof due === 'string' ? due : '',
  });
  return parsed.success ? parsed.data : null;
}

const chartChoices = z.object(
  Object.fromEntries(CHART_IDS.map((id) => [id, z.boolean()])) as Record<ChartId, z.ZodBoolean>,
);

export const reportSettingsSchema = z.object({
  /** Every section once, in document order; the cover first. */
  sections: z
    .array(sectionSettingSchema)
    .length(SECTION_IDS.length)
    .refine((sections) => new Set(sections.map((section) => section.id)).size === sections.length, {
      message: 'report.duplicateSection',
    })
    .refine((sections) => sections[0]?.id === FIXED_FIRST_SECTION, {
      message: 'report.coverFirst',
    }),
  charts: chartChoices,
  /** The quotes shown under the interview themes; null = chosen automatically. */
  quoteIds: z.array(z.number().int().positive()).max(500).nullable(),
  /** The recommendations and their action plan; null = drafted from the data. */
  recommendations: z.array(recommendationSchema).max(MAX_ACTIONS).nullable(),
  tableOfContents: z.boolean(),
  /** The report's title on the cover; null = the default title in the engagement's language. */
  title: z.string().trim().max(200, 'tooLong').nullable(),
  /** The date on the cover; null = the day the report is generated. */
  reportDate: isoDate.nullable(),
  /** The questionnaire the results are about; null = the engagement's staff instrument. */
  instrumentId: z.number().int().positive().nullable(),
  /**
   * The consultant's titles of sections ("section:gaps") and charts ("chart:largestGaps"), over
   * the titles drafted from the data; a key left out (or empty) uses the draft.
   */
  titles: z.record(
    z
      .string()
      .regex(/^(section|chart):[a-zA-Z0-9:]+$/)
      .max(60),
    z.string().trim().max(200, 'tooLong'),
  ),
});
export type ReportSettings = z.output<typeof reportSettingsSchema>;

export const DEFAULT_QUOTES_PER_THEME = 2;

export function defaultReportSettings(): ReportSettings {
  return {
    sections: SECTION_IDS.map((id) => ({ id, enabled: true, narrative: null })),
    charts: Object.fromEntries(CHART_IDS.map((id) => [id, true])) as Record<ChartId, boolean>,
    quoteIds: null,
    recommendations: null,
    tableOfContents: true,
    title: null,
    reportDate: null,
    instrumentId: null,
    titles: {},
  };
}

/**
 * Stored settings brought up to date: sections added in a later version appear (switched on) at
 * their default place, unknown ones are dropped, and anything unreadable falls back to the
 * default, so an old engagement always opens.
 */
export function normaliseReportSettings(stored: unknown): ReportSettings {
  const defaults = defaultReportSettings();
  if (typeof stored !== 'object' || stored === null) return defaults;
  const raw = stored as Record<string, unknown>;
  const known = new Map<SectionId, SectionSetting>();
  if (Array.isArray(raw.sections)) {
    for (const entry of raw.sections) {
      const parsed = sectionSettingSchema.safeParse(entry);
      if (parsed.success && !known.has(parsed.data.id)) known.set(parsed.data.id, parsed.data);
    }
  }
  const ordered = [...known.values()].filter((section) => section.id !== FIXED_FIRST_SECTION);
  for (const [index, id] of SECTION_IDS.entries()) {
    if (id === FIXED_FIRST_SECTION || known.has(id)) continue;
    ordered.splice(Math.min(index - 1, ordered.length), 0, { id, enabled: true, narrative: null });
  }
  const cover = known.get(FIXED_FIRST_SECTION) ?? defaults.sections[0]!;
  const charts = { ...defaults.charts };
  if (typeof raw.charts === 'object' && raw.charts !== null) {
    for (const id of CHART_IDS) {
      const value = (raw.charts as Record<string, unknown>)[id];
      if (typeof value === 'boolean') charts[id] = value;
    }
  }
  const recommendations =
    raw.recommendations === undefined && Array.isArray(raw.actions)
      ? raw.actions.map(fromActionRow).filter((row): row is Recommendation => row !== null)
      : raw.recommendations;
  // The old field is replaced by `recommendations`.
  const current: Record<string, unknown> = { ...raw };
  delete current.actions;
  const candidate = {
    ...defaults,
    ...current,
    recommendations: recommendations ?? null,
    sections: [cover, ...ordered],
    charts,
  };
  const parsed = reportSettingsSchema.safeParse(candidate);
  if (parsed.success) return parsed.data;
  // Keep what is valid field by field rather than losing the consultant's texts.
  const result: ReportSettings = { ...defaults, sections: [cover, ...ordered], charts };
  const fields = { ...current, recommendations: recommendations ?? null } as Record<
    string,
    unknown
  >;
  for (const key of [
    'quoteIds',
    'recommendations',
    'tableOfContents',
    'title',
    'reportDate',
    'instrumentId',
    'titles',
  ] as const) {
    const field = reportSettingsSchema.shape[key].safeParse(fields[key]);
    if (field.success) (result as Record<string, unknown>)[key] = field.data;
  }
  return result;
}

/** A change to some of the settings, sent as the consultant edits (autosave). */
export const reportSettingsPatchSchema = reportSettingsSchema.partial();
export type ReportSettingsPatch = z.input<typeof reportSettingsPatchSchema>;

// ---------------------------------------------------------------------------------------------
// House style (workspace level)

export const CHART_FORMATS = ['native', 'picture'] as const;
export type ChartFormat = (typeof CHART_FORMATS)[number];

export const HEX_COLOUR = /^#[0-9a-fA-F]{6}$/;
/** Font names go into Word's styles and the charts: letters, digits, spaces and hyphens only. */
export const FONT_NAME = /^[\p{L}\p{N}][\p{L}\p{N} -]{0,59}$/u;

export const houseStyleSchema = z.object({
  firmName: z.string().trim().max(120, 'tooLong'),
  accentColour: z.string().regex(HEX_COLOUR, 'report.colour'),
  headingFont: z.string().trim().regex(FONT_NAME, 'report.font'),
  bodyFont: z.string().trim().regex(FONT_NAME, 'report.font'),
  /** Take over the styles of the uploaded Word template (when there is one). */
  useTemplate: z.boolean(),
  /** Charts as native Word/PowerPoint charts (data editable) or as pictures (SVG with a PNG). */
  chartFormat: z.enum(CHART_FORMATS),
  /** Number the chapters and sections ("2", "2.1") in the headings and the contents. */
  numberedHeadings: z.boolean(),
});
export type HouseStyle = z.output<typeof houseStyleSchema>;

export const DEFAULT_HOUSE_STYLE: HouseStyle = {
  firmName: '',
  accentColour: '#1F4E79',
  headingFont: 'Calibri',
  bodyFont: 'Calibri',
  useTemplate: true,
  chartFormat: 'native',
  numberedHeadings: false,
};

/** Fonts offered in the house-style form; any other installed font may be typed. */
export const SUGGESTED_FONTS = [
  'Calibri',
  'Aptos',
  'Arial',
  'Cambria',
  'Georgia',
  'Segoe UI',
  'Times New Roman',
  'Verdana',
] as const;

export function normaliseHouseStyle(stored: unknown): HouseStyle {
  const parsed = houseStyleSchema.safeParse({
    ...DEFAULT_HOUSE_STYLE,
    ...(typeof stored === 'object' && stored !== null ? stored : {}),
  });
  return parsed.success ? parsed.data : { ...DEFAULT_HOUSE_STYLE };
}

export const LOGO_MAX_BYTES = 2 * 1024 * 1024;
export const TEMPLATE_MAX_BYTES = 20 * 1024 * 1024;

export interface StoredLogo {
  fileName: string;
  mimeType: 'image/png' | 'image/svg+xml';
  bytes: Uint8Array;
  /** Natural size in pixels, for the aspect ratio on the cover. */
  width: number;
  height: number;
}

export interface TemplateSummary {
  fileName: string;
  /** Names of the paragraph, character and table styles the template brings, as Word shows them. */
  styleNames: string[];
}

/** What the house-style panel shows. */
export interface HouseStyleInfo {
  style: HouseStyle;
  logo: StoredLogo | null;
  template: TemplateSummary | null;
}

/**
 * Improvement tips: a library of tips per dimension code and score band, in Dutch and English.
 * The shipped library is resources/tips/tips.json; consultants edit their own copy.
 *
 * Bands are defined on the 0–100 index of a dimension score (see the scoring code), in the file
 * itself so a consultant can move them: low below `mediumFrom`, medium from `mediumFrom` up to
 * (not including) `highFrom`, high from `highFrom`.
 */
import { z } from 'zod';
import { addDuplicateIssues, problemsFromZod, type ParseResult } from './problems';
import { localizedTextSchema } from './text';

export const SCORE_BANDS = ['low', 'medium', 'high'] as const;
export type ScoreBand = (typeof SCORE_BANDS)[number];

// Built when first used (`z.lazy`), not when the module loads: see guides.ts.
const indexValue = () => z.number().min(0).max(100);

export const bandBoundariesSchema = z.lazy(() =>
  z
    .object({
      /** Documents what the boundaries apply to; only the 0–100 index is supported. */
      scale: z.literal('index').default('index'),
      mediumFrom: indexValue(),
      highFrom: indexValue(),
      note: localizedTextSchema.nullish().transform((note) => note ?? null),
    })
    .refine((bands) => bands.mediumFrom < bands.highFrom, {
      message: 'tips.bandsNotAscending',
      path: ['highFrom'],
    }),
);

export const tipSchema = z.lazy(() =>
  z.object({
    /** Stable id, e.g. "KK-low-1", so an edited copy can be matched with the shipped tip. */
    id: z.string().min(1),
    dimension: z.string().min(1),
    band: z.enum(SCORE_BANDS),
    title: localizedTextSchema,
    text: localizedTextSchema,
  }),
);

export const tipLibrarySchema = z.lazy(() =>
  z
    .object({
      formatVersion: z.literal(1, { error: 'tips.unsupportedFormatVersion' }).optional(),
      id: z.string().min(1),
      name: localizedTextSchema,
      /** Instruments whose dimension codes the tips are written for (informative). */
      instruments: z.array(z.string()).default([]),
      bands: bandBoundariesSchema,
      tips: z.array(tipSchema),
    })
    .superRefine((library, context) => {
      addDuplicateIssues(
        context,
        library.tips,
        { listPath: 'tips', field: 'id', message: 'tips.duplicateTipId' },
        (tip) => tip.id,
      );
    }),
);

export type BandBoundaries = z.output<typeof bandBoundariesSchema>;
export type Tip = z.output<typeof tipSchema>;
export type TipLibrary = z.output<typeof tipLibrarySchema>;
export type TipLibraryFile = z.input<typeof tipLibrarySchema>;

const TEMPLATES: Record<string, string> = {
  'tips.bandsNotAscending': '"highFrom" must be greater than "mediumFrom".',
  'tips.duplicateTipId': 'This tip id is used more than once.',
  'tips.unsupportedFormatVersion':
    'This tips file uses a format version this version of Klantspiegel does not know.',
};

export function parseTipLibrary(json: unknown): ParseResult<'library', TipLibrary> {
  const result = tipLibrarySchema.safeParse(json, { reportInput: true });
  return result.success
    ? { ok: true, library: result.data }
    : { ok: false, problems: problemsFromZod(result.error, 'tips', TEMPLATES) };
}

/** The band of a 0–100 index; null when there is no score. */
export function scoreBand(index: number | null, bands: BandBoundaries): ScoreBand | null {
  if (index === null || !Number.isFinite(index)) return null;
  if (index >= bands.highFrom) return 'high';
  if (index >= bands.mediumFrom) return 'medium';
  return 'low';
}

export function tipsFor(library: TipLibrary, dimension: string, band: ScoreBand): Tip[] {
  return library.tips.filter((tip) => tip.dimension === dimension && tip.band === band);
}

export interface DimensionIndex {
  dimension: string;
  /** Dimension score on the 0–100 index; null when it could not be computed. */
  index: number | null;
}

export interface DimensionTips {
  dimension: string;
  index: number;
  band: ScoreBand;
  tips: Tip[];
}

/**
 * The tips for the `count` weakest scored dimensions, weakest first (ties keep the given order).
 * Dimensions without a score are skipped: advice on a dimension nobody answered would be a guess.
 */
export function tipsForWeakestDimensions(
  library: TipLibrary,
  scores: DimensionIndex[],
  count = 2,
): DimensionTips[] {
  return scores
    .filter(
      (score): score is { dimension: string; index: number } =>
        score.index !== null && Number.isFinite(score.index),
    )
    .map((score, order) => ({ ...score, order }))
    .sort((a, b) => a.index - b.index || a.order - b.order)
    .slice(0, Math.max(0, count))
    .map(({ dimension, index }) => {
      const band = scoreBand(index, library.bands) ?? 'low';
      return { dimension, index, band, tips: tipsFor(library, dimension, band) };
    });
}

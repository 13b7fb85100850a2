/**
 * Interview guides: an ordered list of questions, each optionally linked to a questionnaire
 * dimension, with follow-up prompts and a hint for the interviewer. Shipped guides live in
 * resources/guides/ (one file per guide, Dutch and English in the same file); consultants copy
 * and edit them.
 */
import { z } from 'zod';
import { addDuplicateIssues, problemsFromZod, type ParseResult } from './problems';
import { localizedTextSchema } from './text';

export const GUIDE_KINDS = [
  /** "How is our collaboration going?" with a client, rather than the running projects. */
  'client-reflection',
  /** One-to-one with staff: best customer experience, what meetings bring the customer, … */
  'internal-interview',
  /** Voice of the customer: needs, what goes well, what frustrates. */
  'customer-interview',
  /** Group session: what do we know, and what do we only think we know, about our customer? */
  'internal-session',
] as const;
export type GuideKind = (typeof GUIDE_KINDS)[number];

/** Who is interviewed: the client's own people or the client's customers. */
export const GUIDE_AUDIENCES = ['staff', 'customer'] as const;
export type GuideAudience = (typeof GUIDE_AUDIENCES)[number];

// The schemas are built when first used (`z.lazy`), not when the module loads: a process that
// needs no guide (e.g. `klantspiegel analyze` of an instrument file, which imports this file's
// helpers through the instrument file's validation) does not build their zod tree.
const optionalText = () => localizedTextSchema.nullish().transform((text) => text ?? null);

export const guideQuestionSchema = z.lazy(() =>
  z.object({
    /** Stable within the guide: interview notes are stored per question id. */
    id: z.string().regex(/^[A-Za-z0-9_.-]+$/, { error: 'guides.invalidQuestionId' }),
    text: localizedTextSchema,
    /** Dimension code of the questionnaire this question sheds light on, if any. */
    dimension: z
      .string()
      .min(1)
      .nullish()
      .transform((code) => code ?? null),
    followUps: z.array(localizedTextSchema).default([]),
    /** A note for the interviewer, not read out. */
    hint: optionalText(),
  }),
);

export const guideSchema = z.lazy(() =>
  z
    .object({
      formatVersion: z.literal(1, { error: 'guides.unsupportedFormatVersion' }).optional(),
      id: z.string().min(1),
      version: z.int().min(1).default(1),
      kind: z.enum(GUIDE_KINDS),
      audience: z.enum(GUIDE_AUDIENCES),
      name: localizedTextSchema,
      description: optionalText(),
      durationMinutes: z
        .int()
        .min(1)
        .nullish()
        .transform((minutes) => minutes ?? null),
      /** What the interviewer says at the start (purpose, confidentiality). */
      introduction: optionalText(),
      /** How to close: summary, agreements, consent to quote. */
      closing: optionalText(),
      questions: z.array(guideQuestionSchema).min(1),
    })
    .superRefine((guide, context) => {
      addDuplicateIssues(
        context,
        guide.questions,
        { listPath: 'questions', field: 'id', message: 'guides.duplicateQuestionId' },
        (question) => question.id,
      );
    }),
);

export type GuideQuestion = z.output<typeof guideQuestionSchema>;
export type Guide = z.output<typeof guideSchema>;
export type GuideFile = z.input<typeof guideSchema>;

const TEMPLATES: Record<string, string> = {
  'guides.invalidQuestionId': 'A question id may only contain letters, digits, "-", "_" and ".".',
  'guides.duplicateQuestionId': 'This question id is used more than once in the guide.',
  'guides.unsupportedFormatVersion':
    'This guide uses a format version this version of Klantspiegel does not know.',
};

export function parseGuide(json: unknown): ParseResult<'guide', Guide> {
  const result = guideSchema.safeParse(json, { reportInput: true });
  return result.success
    ? { ok: true, guide: result.data }
    : { ok: false, problems: problemsFromZod(result.error, 'guides', TEMPLATES) };
}

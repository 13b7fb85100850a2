/**
 * Bilingual texts as content files write them: a plain string (used for both languages) or an
 * object with "nl" and/or "en". Normalised to a LocalizedText where both languages are filled,
 * the missing one copying the other, so the rest of the app never has to check.
 */
import { z } from 'zod';
import type { LocalizedText } from '../questionnaire/instrument';

export const textInputSchema = z.union(
  [z.string(), z.object({ nl: z.string().optional(), en: z.string().optional() })],
  { error: 'content.invalidText' },
);

export type TextInput = z.input<typeof textInputSchema>;

/** Returns null when the text is empty (only whitespace) in both languages. */
export function normaliseText(input: TextInput): LocalizedText | null {
  const nl = typeof input === 'string' ? input : (input.nl ?? '');
  const en = typeof input === 'string' ? input : (input.en ?? '');
  const hasNl = nl.trim() !== '';
  const hasEn = en.trim() !== '';
  if (!hasNl && !hasEn) return null;
  return { nl: hasNl ? nl : en, en: hasEn ? en : nl };
}

/** A required bilingual text in a content file; the output is always a full LocalizedText. */
export const localizedTextSchema = textInputSchema.transform((input, context) => {
  const text = normaliseText(input);
  if (text) return text;
  context.issues.push({ code: 'custom', message: 'content.textMissing', input });
  return z.NEVER;
});

/** Whether both languages were really written (not copied); used to check shipped content. */
export function isFullyTranslated(text: TextInput): boolean {
  return typeof text !== 'string' && !!text.nl?.trim() && !!text.en?.trim();
}

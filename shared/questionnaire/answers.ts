import type { Instrument, Item } from './instrument';

/** A stored answer: a scale value, free text for open questions, or null (missing/don't know). */
export type AnswerValue = number | string | null;
export type Answers = Record<string, AnswerValue>;

export const MAX_OPEN_ANSWER_LENGTH = 5000;

export interface AnswerIssue {
  /** The item code. */
  path: string;
  message: 'answer.unknownItem' | 'answer.outOfRange' | 'answer.notText' | 'answer.tooLong';
}

export function scaleOfItem(instrument: Instrument, item: Item) {
  return item.kind === 'likert' ? instrument.scale : instrument.needsScale;
}

/** True when `value` may be typed for this item (whole number on its scale). */
export function isValidScaleValue(instrument: Instrument, item: Item, value: number): boolean {
  const scale = scaleOfItem(instrument, item);
  return Number.isInteger(value) && value >= scale.min && value <= scale.max;
}

/**
 * Checks answers against the instrument: known item codes only, whole numbers within the item's
 * scale, text only for open questions. Missing and "don't know" are null.
 */
export function validateAnswers(instrument: Instrument, answers: Answers): AnswerIssue[] {
  const items = new Map(instrument.items.map((item) => [item.code, item]));
  const issues: AnswerIssue[] = [];
  for (const [code, value] of Object.entries(answers)) {
    const item = items.get(code);
    if (!item) issues.push({ path: code, message: 'answer.unknownItem' });
    else if (value === null) continue;
    else if (item.kind === 'open') {
      if (typeof value !== 'string') issues.push({ path: code, message: 'answer.notText' });
      else if (value.length > MAX_OPEN_ANSWER_LENGTH)
        issues.push({ path: code, message: 'answer.tooLong' });
    } else if (typeof value !== 'number' || !isValidScaleValue(instrument, item, value)) {
      issues.push({ path: code, message: 'answer.outOfRange' });
    }
  }
  return issues;
}

/** Drops empty answers so the stored JSON holds only what was answered. */
export function compactAnswers(answers: Answers): Answers {
  return Object.fromEntries(
    Object.entries(answers).filter(([, value]) => value !== null && value !== ''),
  );
}

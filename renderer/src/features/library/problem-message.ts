import type { TFunction } from 'i18next';
import { validationMessage } from '@renderer/i18n';
import type { ValidationIssue } from '@shared/ipc/errors';
import type { ContentProblem } from '@shared/content';

/** A problem found in a content file, as main reports it or as the shared parsers return it. */
export type Problem = Pick<ValidationIssue, 'path' | 'message' | 'params'>;

export function problemFromContent(problem: ContentProblem): Problem {
  return { path: problem.path, message: problem.key, params: problem.params };
}

/** The sentence for one problem in the UI language (see `validationMessage`). */
export function problemMessage(t: TFunction, problem: Problem): string {
  return validationMessage(t, problem.message, problem.params ?? {});
}

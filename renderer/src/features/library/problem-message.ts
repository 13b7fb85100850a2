import type { i18n as I18n, TFunction } from 'i18next';
import type { ValidationIssue } from '../../../../shared/ipc/errors';
import type { ContentProblem } from '../../../../shared/content';

/** A problem found in a content file, as main reports it or as the shared parsers return it. */
export type Problem = Pick<ValidationIssue, 'path' | 'message' | 'params'>;

export function problemFromContent(problem: ContentProblem): Problem {
  return { path: problem.path, message: problem.key, params: problem.params };
}

/**
 * The sentence for one problem in the UI language. Problems carry a message key such as
 * "instrument.duplicateItemCode" (translations under `validation.`); structural problems
 * ("instrument.required") share the texts under `validation.structure.`. A message that is no
 * key (older main versions send English text) is shown as it is.
 */
export function problemMessage(t: TFunction, i18n: I18n, problem: Problem): string {
  const params: Record<string, string | number> = { ...(problem.params ?? {}) };
  // A CSV row problem wraps another problem's text ("Row 3, column mean: <detail>").
  if (typeof params.detailKey === 'string') {
    params.detail = problemMessage(t, i18n, {
      path: problem.path,
      message: params.detailKey,
      params: problem.params ?? {},
    });
  }
  const direct = `validation.${problem.message}`;
  if (i18n.exists(direct)) return t(direct, params);
  const kind = problem.message.slice(problem.message.lastIndexOf('.') + 1);
  const structural = `validation.structure.${kind}`;
  if (problem.message.includes('.') && i18n.exists(structural)) return t(structural, params);
  return typeof params.detail === 'string' && problem.message.includes('.')
    ? params.detail
    : problem.message;
}

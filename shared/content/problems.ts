/**
 * Problems found while reading a content file (instrument, tips, norms, guide, norm CSV).
 *
 * Every problem carries a stable message key the UI translates (i18next style, `{{param}}`
 * placeholders), the parameters, and an English fallback text already filled in, so a caller
 * without translations (CLI, logs) can print `message` as is.
 */
import type { z } from 'zod';

export type ProblemParams = Record<string, string | number>;

export interface ContentProblem {
  /**
   * Dotted path into the JSON, as in shared/ipc/errors.ts: "dimensions.0.items.2.code"; "" for
   * the root. For CSV files: "<row>.<column>".
   */
  path: string;
  key: string;
  params: ProblemParams;
  /** English text with the parameters filled in. */
  message: string;
}

export type ParseResult<Name extends string, Value> =
  ({ ok: true } & Record<Name, Value>) | { ok: false; problems: ContentProblem[] };

/** English templates of the structural problems that every content file can have. */
export const STRUCTURE_MESSAGES = {
  required: 'The field "{{field}}" is missing.',
  wrongType: 'Expected {{expected}} but found {{received}}.',
  invalidValue: 'Expected one of {{options}} but found {{received}}.',
  tooSmall: 'Must be at least {{minimum}}.',
  tooBig: 'Must be at most {{maximum}}.',
  tooFewEntries: 'Needs at least {{minimum}} entries.',
  emptyString: 'Must not be empty.',
  invalidText: 'Expected a text: a string, or an object with "nl" and/or "en" strings.',
  textMissing: 'The text is empty in both Dutch and English.',
  invalid: 'Invalid value: {{detail}}.',
} as const;

/** Fills `{{name}}` placeholders; unknown placeholders stay visible so mistakes are noticed. */
export function fillTemplate(template: string, params: ProblemParams): string {
  return template.replace(/\{\{(\w+)\}\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}

export function pathToString(path: readonly PropertyKey[]): string {
  return path.map((part) => String(part)).join('.');
}

export function makeProblem(
  path: string,
  key: string,
  template: string,
  params: ProblemParams = {},
): ContentProblem {
  return { path, key, params, message: fillTemplate(template, params) };
}

/** Describes a JSON value's type the way a person editing the file thinks of it. */
export function describeType(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'number') return `the number ${value}`;
  if (typeof value === 'object') return 'an object';
  if (typeof value === 'string') {
    return `the text ${JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value)}`;
  }
  if (typeof value === 'boolean') return String(value);
  return typeof value;
}

const EXPECTED_NAMES: Record<string, string> = {
  int: 'a whole number',
  number: 'a number',
  string: 'a text',
  boolean: 'true or false',
  object: 'an object',
  array: 'a list',
};

/**
 * Turns zod issues into problems with keys `<prefix>.<kind>`. A custom error message that looks
 * like a key (contains a dot, no spaces) is used as the key; its template comes from `templates`.
 * Parse with `{ reportInput: true }` so the received value can be described.
 */
export function problemsFromZod(
  error: z.ZodError,
  prefix: string,
  templates: Record<string, string> = {},
): ContentProblem[] {
  return error.issues.map((issue) => {
    const path = pathToString(issue.path);
    const last = issue.path[issue.path.length - 1];
    const field = last === undefined ? '(file)' : String(last);
    const structural = (kind: keyof typeof STRUCTURE_MESSAGES, params: ProblemParams = {}) =>
      makeProblem(path, `${prefix}.${kind}`, STRUCTURE_MESSAGES[kind], params);

    if (issue.input === undefined && issue.code !== 'custom')
      return structural('required', { field });
    if (/^[\w-]+\.[\w.-]+$/.test(issue.message)) {
      // Shared schemas (texts) say "content.x"; report them under the caller's prefix.
      const key = issue.message.replace(/^content\./, `${prefix}.`);
      const kind = key.slice(key.lastIndexOf('.') + 1);
      const template =
        templates[key] ?? STRUCTURE_MESSAGES[kind as keyof typeof STRUCTURE_MESSAGES] ?? key;
      return makeProblem(path, key, template, { field });
    }
    switch (issue.code) {
      case 'invalid_type':
        return structural('wrongType', {
          expected: EXPECTED_NAMES[issue.expected] ?? issue.expected,
          received: describeType(issue.input),
        });
      case 'invalid_value':
        return structural('invalidValue', {
          options: issue.values.map((value) => JSON.stringify(value)).join(', '),
          received: JSON.stringify(issue.input) ?? describeType(issue.input),
        });
      case 'too_small':
        if (issue.origin === 'array')
          return structural('tooFewEntries', { minimum: Number(issue.minimum) });
        if (issue.origin === 'string') return structural('emptyString');
        return structural('tooSmall', { minimum: Number(issue.minimum) });
      case 'too_big':
        return structural('tooBig', { maximum: Number(issue.maximum) });
      default:
        return structural('invalid', { detail: issue.message });
    }
  });
}

/**
 * Flags every entry of `list` whose key an earlier entry already has, at
 * `<listPath>.<index>.<field>`, with `message` (a content file's ids must be unique: edited copies
 * are matched with the shipped entries by them).
 */
export function addDuplicateIssues<Entry>(
  context: z.RefinementCtx,
  list: readonly Entry[],
  at: { listPath: string; field: string; message: string },
  keyOf: (entry: Entry) => string,
): void {
  const seen = new Set<string>();
  list.forEach((entry, index) => {
    const key = keyOf(entry);
    if (seen.has(key)) {
      context.addIssue({
        code: 'custom',
        message: at.message,
        path: [at.listPath, index, at.field],
        input: key,
      });
    }
    seen.add(key);
  });
}

/**
 * One source for every word: the UI's and the deliverables' words live in the locale files
 * (shared/i18n/locales/{nl,en}/<domain>.json). This test fails when code outside shared/i18n
 * picks a word by language inline — `language === 'nl' ? 'tegen' : 'against'`, `if (nl) return
 * '…'`, a `{ nl: 'Klant', en: 'Customer' }` dictionary — instead of reading the locale files
 * (`t()` in the renderer; the typed texts of shared/i18n/texts.ts elsewhere). Choices that are no
 * words (locale codes, a date pattern, validating a --language argument) are allowed below, each
 * with its reason.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const ROOTS = ['shared', 'electron', 'renderer/src'];
/** The one place where languages may be told apart: the locale files and their typed access. */
const I18N_HOME = 'shared/i18n/';

/** Allowed language choices: file, a piece of the flagged line, and why it is no word. */
const ALLOWED: { file: string; code: string; reason: string }[] = [
  {
    file: 'electron/main/cli/paper.ts',
    code: "language !== 'nl' && language !== 'en'",
    reason: 'validates the --language argument; the message names the language codes',
  },
  {
    file: 'electron/main/cli/sample.ts',
    code: "language !== 'nl' && language !== 'en'",
    reason: 'validates the --language argument; the message names the language codes',
  },
  {
    file: 'renderer/src/i18n/languages.ts',
    code: "nl: () => import('@shared/i18n/locales/nl')",
    reason: "loads a language's locale module (the words stay in shared/i18n), not a word choice",
  },
  {
    file: 'renderer/src/components/date-text.ts',
    code: "nl: 'dd-MM-yyyy'",
    reason: 'date-fns input patterns per language, not words',
  },
  {
    file: 'electron/main/core/sample/sample-engagement.ts',
    code: 'nl: {',
    reason: "the sample engagement's synthetic content in both languages (data, like resources/)",
  },
  {
    file: 'electron/main/core/sample/sample-responses.ts',
    code: 'nl: [',
    reason: "the sample engagement's synthetic open answers in both languages (data)",
  },
];

const LANGUAGE_CODES = new Set(['nl', 'en']);
/** Locale codes and tags are no words: 'nl', 'en-GB', 'nl_NL'. */
const LOCALE_CODE = /^[a-z]{2}([-_][A-Za-z]{2})?$/;

function isLanguageLiteral(node: ts.Node): boolean {
  return ts.isStringLiteralLike(node) && LANGUAGE_CODES.has(node.text);
}

/** A literal that holds a word: a letter in it, and not a locale code. */
function isWordLiteral(node: ts.Node): boolean {
  let text: string | null = null;
  if (ts.isStringLiteralLike(node)) text = node.text;
  else if (ts.isTemplateExpression(node))
    text = [node.head.text, ...node.templateSpans.map((span) => span.literal.text)].join('');
  return text !== null && /\p{L}/u.test(text) && !LOCALE_CODE.test(text.trim());
}

function containsWord(node: ts.Node | undefined): boolean {
  if (!node) return false;
  if (isWordLiteral(node)) return true;
  // An import or a type names no words.
  if (ts.isTypeNode(node) || ts.isImportDeclaration(node)) return false;
  return ts.forEachChild(node, (child) => (containsWord(child) ? true : undefined)) ?? false;
}

/** Finds inline language choices of words in one source text. */
function languageChoices(fileName: string, text: string): { line: number; code: string }[] {
  const source = ts.createSourceFile(fileName, text, ts.ScriptTarget.Latest, true);
  const found: { line: number; code: string }[] = [];
  // Names bound to a language test: `const nl = data.language === 'nl'`.
  const flags = new Set<string>();
  const isLanguageTest = (node: ts.Node): boolean => {
    if (ts.isParenthesizedExpression(node)) return isLanguageTest(node.expression);
    if (ts.isPrefixUnaryExpression(node)) return isLanguageTest(node.operand);
    if (ts.isIdentifier(node)) return flags.has(node.text);
    if (ts.isBinaryExpression(node)) {
      if (
        node.operatorToken.kind === ts.SyntaxKind.AmpersandAmpersandToken ||
        node.operatorToken.kind === ts.SyntaxKind.BarBarToken
      ) {
        return isLanguageTest(node.left) || isLanguageTest(node.right);
      }
      return isLanguageLiteral(node.left) || isLanguageLiteral(node.right);
    }
    return false;
  };
  const report = (node: ts.Node) => {
    const { line } = source.getLineAndCharacterOfPosition(node.getStart(source));
    found.push({ line: line + 1, code: text.split('\n')[line]!.trim() });
  };
  const visit = (node: ts.Node): void => {
    if (ts.isVariableDeclaration(node) && ts.isIdentifier(node.name) && node.initializer) {
      if (isLanguageTest(node.initializer)) flags.add(node.name.text);
    }
    if (
      ts.isConditionalExpression(node) &&
      isLanguageTest(node.condition) &&
      (containsWord(node.whenTrue) || containsWord(node.whenFalse))
    ) {
      report(node);
    }
    if (
      ts.isIfStatement(node) &&
      isLanguageTest(node.expression) &&
      (containsWord(node.thenStatement) || containsWord(node.elseStatement))
    ) {
      report(node);
    }
    if (ts.isCaseClause(node) && isLanguageLiteral(node.expression) && containsWord(node)) {
      report(node);
    }
    if (ts.isObjectLiteralExpression(node)) {
      const byName = new Map(
        node.properties
          .filter(ts.isPropertyAssignment)
          .map((property) => [property.name.getText(source), property.initializer]),
      );
      const nl = byName.get('nl');
      if (nl && byName.has('en') && containsWord(nl)) report(node.properties[0] ?? node);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(entry.name) && !entry.name.endsWith('.d.ts') ? [path] : [];
  });
}

describe('words are chosen by language only in shared/i18n', () => {
  it('finds the inline choices it is meant to find, and leaves non-words alone', () => {
    const code = `
      const nl = data.language === 'nl';
      const a = language === 'nl' ? 'tegen' : 'against';
      const b = nl ? \`\${n} punt\` : \`\${n} points\`;
      function c(language) { if (language === 'en') return 'Report'; return 'Rapport'; }
      const WHO = { nl: { customer: 'Klant' }, en: { customer: 'Customer' } };
      switch (language) { case 'nl': return 'Bron'; }
      const tag = { nl: 'nl-NL', en: 'en-GB' };
      const separator = language === 'nl' ? '; ' : ', ';
      const empty = { nl: '', en: '' };
      const other = language === 'nl' ? 'en' : 'nl';
      const locale = language === 'nl' ? nl : enGB;
    `;
    expect(languageChoices('sample.ts', code).map((entry) => entry.line)).toEqual([3, 4, 5, 6, 7]);
  });

  it('no user-facing word is picked by language outside the locale files', () => {
    const offenders: string[] = [];
    const used = new Set<(typeof ALLOWED)[number]>();
    for (const root of ROOTS) {
      for (const path of sourceFiles(root)) {
        const file = relative('.', path).replaceAll('\\', '/');
        if (file.startsWith(I18N_HOME)) continue;
        for (const choice of languageChoices(file, readFileSync(path, 'utf8'))) {
          const allowed = ALLOWED.find(
            (entry) => entry.file === file && choice.code.includes(entry.code),
          );
          if (allowed) used.add(allowed);
          else offenders.push(`${file}:${choice.line}: ${choice.code}`);
        }
      }
    }
    expect(offenders).toEqual([]);
    // An allowance whose code is gone is removed, so the list stays the truth.
    expect(ALLOWED.filter((entry) => !used.has(entry))).toEqual([]);
  });
});

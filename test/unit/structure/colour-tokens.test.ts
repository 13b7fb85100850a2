/**
 * Colours are tokens: renderer/src/styles/tokens.css is the only stylesheet that writes a colour
 * as a value; every other stylesheet names a token, so one meaning has one look everywhere.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const RENDERER = join(process.cwd(), 'renderer', 'src');
const TOKENS = join(RENDERER, 'styles', 'tokens.css');

const LITERAL_COLOUR = new RegExp(
  [
    '#[0-9a-f]{3,8}\\b',
    '\\b(?:rgba?|hsla?|hwb|lab|lch|oklab|oklch|color)\\(',
    // Named colours as values (not `white-space`): the common ones a hand would type.
    '(?<=[\\s:,(])(?:white|black|red|green|blue|yellow|orange|gray|grey|silver|navy|purple)(?=[\\s;,)!]|$)',
  ].join('|'),
  'i',
);

function literalColours(css: string): string[] {
  return css
    .replace(/\/\*[\s\S]*?\*\//g, (comment) => comment.replace(/[^\n]/g, ' '))
    .split('\n')
    .flatMap((line, index) => (LITERAL_COLOUR.test(line) ? [`${index + 1}: ${line.trim()}`] : []));
}

describe('renderer stylesheets use colour tokens', () => {
  it('finds a literal colour where one is written', () => {
    expect(literalColours('a { color: #b42318; }')).toHaveLength(1);
    expect(literalColours('a { background: rgb(0 0 0 / 20%); }')).toHaveLength(1);
    expect(literalColours('a { border: 1px solid white; }')).toHaveLength(1);
    expect(literalColours('a { white-space: nowrap; color: var(--color-text); }')).toEqual([]);
  });

  it('no stylesheet but tokens.css writes a colour', () => {
    const sheets = readdirSync(RENDERER, { recursive: true, encoding: 'utf8' })
      .filter((file) => file.endsWith('.css'))
      .map((file) => join(RENDERER, file))
      .filter((file) => file !== TOKENS);
    expect(sheets.length).toBeGreaterThan(5);
    const offenders = sheets.flatMap((file) =>
      literalColours(readFileSync(file, 'utf8')).map(
        (line) => `${relative(process.cwd(), file)}:${line}`,
      ),
    );
    expect(offenders).toEqual([]);
  });
});

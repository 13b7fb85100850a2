/**
 * No near-copy of more than ten lines outside the tests: the same logic written twice drifts
 * apart. jscpd compares token streams (names and values count), over the app's code and styles.
 * Shipped migrations are left out: they are never edited, so a repeated table definition there
 * stays as it shipped.
 */
import { createRequire } from 'node:module';
import type * as Jscpd from 'jscpd';
import { describe, expect, it } from 'vitest';

// jscpd's ES module build imports `colors/safe` without an extension, which Node's ESM loader
// refuses; its CommonJS build loads fine.
const { detectClonesAndStatistic } = createRequire(import.meta.url)('jscpd') as typeof Jscpd;

const MIN_LINES = 10;

describe('near-copies', () => {
  it(`no block of more than ${MIN_LINES} lines stands twice in electron/, shared/ or renderer/`, async () => {
    const { clones, statistic } = await detectClonesAndStatistic({
      path: ['electron', 'shared', 'renderer'],
      format: ['typescript', 'tsx', 'css'],
      ignore: ['**/node_modules/**', '**/migrations/**'],
      minLines: MIN_LINES,
      minTokens: 50,
      silent: true,
      reporters: [],
      absolute: false,
      gitignore: true,
    });
    const found = clones.map(
      (clone) =>
        `${clone.duplicationA.sourceId}:${clone.duplicationA.start.line}-${clone.duplicationA.end.line}` +
        ` ~ ${clone.duplicationB.sourceId}:${clone.duplicationB.start.line}-${clone.duplicationB.end.line}`,
    );
    expect(found).toEqual([]);
    // It really read the code (a wrong path would find no copies in no files).
    expect(statistic.total.sources).toBeGreaterThan(400);
  }, 60_000);
});

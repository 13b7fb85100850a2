/**
 * Every statistics package shared/ imports is bundled into out/main (`BUNDLED_PACKAGES` in
 * electron.vite.config.ts): a dependency left out is loaded at run time from node_modules as
 * hundreds of small CommonJS files, which cost `analyze` and a fresh read worker more than their
 * analysis and some 9 MB of memory (the import's 200 MB ceiling). Nothing else notices: the
 * figures are the same either way.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = new URL('../../../', import.meta.url).pathname;

function bundledPackages(): string[] {
  const config = readFileSync(join(root, 'electron.vite.config.ts'), 'utf8');
  const list = /const BUNDLED_PACKAGES = \[([^\]]*)\]/.exec(config)?.[1] ?? '';
  return [...list.matchAll(/^\s*'([^']+)',?$/gm)].map((match) => match[1]!);
}

function importedStatisticsPackages(): string[] {
  const files = readdirSync(join(root, 'shared'), { recursive: true, encoding: 'utf8' }).filter(
    (file) => /\.ts$/.test(file) && !file.endsWith('.d.ts'),
  );
  const packages = files.flatMap((file) =>
    [...readFileSync(join(root, 'shared', file), 'utf8').matchAll(/from '(@stdlib\/[^/']+)/g)].map(
      (match) => match[1]!,
    ),
  );
  return [...new Set(packages)].sort();
}

describe('the statistics packages', () => {
  it('that shared/ imports are all bundled into the main build', () => {
    const imported = importedStatisticsPackages();
    expect(imported.length).toBeGreaterThan(5);
    const bundled = new Set(bundledPackages());
    expect(imported.filter((name) => !bundled.has(name))).toEqual([]);
  });
});

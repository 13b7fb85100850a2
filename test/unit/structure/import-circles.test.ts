/**
 * No module imports itself through others: an import circle makes load order matter (a value
 * read before its module ran is undefined) and ties areas together that should not know each
 * other. Checked over all code, type-only imports included, with the path aliases resolved.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cruise, type ICruiseResult } from 'dependency-cruiser';
import extractTSConfig from 'dependency-cruiser/config-utl/extract-ts-config';
import { describe, expect, it } from 'vitest';

const NO_CIRCLES = {
  forbidden: [
    { name: 'no-circular', severity: 'error' as const, from: {}, to: { circular: true } },
  ],
};

async function importCircles(paths: string[], tsConfigFile?: string) {
  const result = await cruise(
    paths,
    {
      validate: true,
      ruleSet: NO_CIRCLES,
      // `import type` counts too: a type-only circle still ties the two modules together.
      tsPreCompilationDeps: true,
      doNotFollow: { path: 'node_modules' },
      ...(tsConfigFile ? { tsConfig: { fileName: tsConfigFile } } : {}),
    },
    undefined,
    tsConfigFile ? { tsConfig: extractTSConfig(tsConfigFile) } : undefined,
  );
  const output = result.output as ICruiseResult;
  return {
    modules: output.modules,
    circles: output.summary.violations.map((violation) =>
      [violation.from, ...(violation.cycle ?? []).map((step) => step.name)].join(' → '),
    ),
  };
}

describe('import structure', () => {
  it('has no import circle anywhere in the code', async () => {
    const { modules, circles } = await importCircles(
      ['electron', 'shared', 'renderer/src', 'test'],
      'tsconfig.test.json',
    );
    // The graph is the real one: aliases resolve across areas (else a circle could hide).
    const dispatch = modules.find((module) => module.source === 'electron/main/core/dispatch.ts');
    expect(dispatch?.dependencies.map((dependency) => dependency.resolved)).toContain(
      'shared/ipc/index.ts',
    );
    expect(modules.length).toBeGreaterThan(300);
    expect(circles).toEqual([]);
  }, 180_000);

  it('finds a circle, also one made of type-only imports', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'klantspiegel-circle-'));
    try {
      writeFileSync(join(dir, 'a.ts'), "import type { B } from './b';\nexport type A = B[];\n");
      writeFileSync(join(dir, 'b.ts'), "import type { A } from './a';\nexport type B = A | 1;\n");
      writeFileSync(join(dir, 'c.ts'), "import type { A } from './a';\nexport type C = A;\n");
      const { circles } = await importCircles([dir]);
      expect(circles.length).toBeGreaterThan(0);
      expect(circles.every((circle) => /[ab]\.ts → .*[ab]\.ts/.test(circle))).toBe(true);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

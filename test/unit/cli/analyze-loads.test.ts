/**
 * `klantspiegel analyze` starts quickly because it loads only what it needs: no SQLite, no Word,
 * PowerPoint or picture writer. Checked on the command as it ships (out/main, built by
 * `npm run build`, which `npm test` runs first) by recording every module Node loads through a
 * module hook. The same hook must see SQLite and the Word writer load for commands that use them,
 * so the check cannot pass by seeing nothing.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { tempDir } from '@test/support/temp-workspace';

const CLI = 'out/main/cli.js';
const MINI = 'test/fixtures/samples/mini-scan.instrument.json';
const EXPORT = 'test/fixtures/samples/google-forms-export.csv';

/** npm packages that no analysis needs: storage, document and picture writers, spreadsheets. */
const HEAVY_PACKAGES = ['better-sqlite3', 'docx', '@resvg', 'pptxgenjs', 'exceljs', 'mammoth'];

/** A module hook that appends the URL of every module loaded (ES and CommonJS) to a file. */
const HOOK = `import { registerHooks } from 'node:module';
import { appendFileSync } from 'node:fs';
registerHooks({
  load(url, context, nextLoad) {
    appendFileSync(process.env.KLANTSPIEGEL_LOADED_MODULES, url + '\\n');
    return nextLoad(url, context);
  },
});
`;

/**
 * Runs the built command and returns the modules it loaded and what it printed; it must end with
 * `status` (default 0).
 */
function runRecordingModules(
  args: string[],
  { status = 0 }: { status?: number } = {},
): { modules: string[]; stdout: string } {
  const dir = tempDir();
  const hook = join(dir, 'record-modules.mjs');
  const list = join(dir, 'modules.txt');
  writeFileSync(hook, HOOK);
  writeFileSync(list, '');
  const result = spawnSync(process.execPath, ['--import', pathToFileURL(hook).href, CLI, ...args], {
    encoding: 'utf8',
    env: { ...process.env, KLANTSPIEGEL_LOADED_MODULES: list },
  });
  expect(result.status, result.stderr).toBe(status);
  return { modules: readFileSync(list, 'utf8').split('\n').filter(Boolean), stdout: result.stdout };
}

/**
 * A bundled chunk of the built-in content (its name as the build writes it): out/main's, or the
 * analysis script's own (out/main/cli-analyze).
 */
function isBuiltinContent(url: string): boolean {
  return /\/builtin-content-[^/]*\.c?js$/.test(url);
}

function packagesLoaded(modules: string[]): string[] {
  return HEAVY_PACKAGES.filter((name) =>
    modules.some((url) => url.includes(`/node_modules/${name}/`)),
  );
}

describe('klantspiegel analyze loads only what an analysis needs', () => {
  it('analyses a survey export without loading SQLite or any document writer', () => {
    if (!existsSync(CLI)) throw new Error('run `npm run build` first');
    const { modules, stdout } = runRecordingModules([
      'analyze',
      '--instrument',
      MINI,
      '--responses',
      EXPORT,
      '--group-column',
      'Department',
      '--anonymity-threshold',
      '3',
      '--json',
    ]);
    expect((JSON.parse(stdout) as { comparisons: unknown[] }).comparisons).toHaveLength(3);
    expect(modules.length).toBeGreaterThan(1);
    expect(packagesLoaded(modules)).toEqual([]);
    // An instrument file needs none of the built-in content (instruments, guides, tips, norms).
    expect(modules.filter(isBuiltinContent)).toEqual([]);
  });

  it('sees the built-in content load for a built-in instrument id', () => {
    if (!existsSync(CLI)) throw new Error('run `npm run build` first');
    const paper = runRecordingModules([
      'paper',
      '--instrument',
      'klantgerichtheidsscan',
      '--out',
      join(tempDir(), 'paper.docx'),
    ]);
    expect(paper.modules.filter(isBuiltinContent)).not.toEqual([]);
    // The analysis script loads its own chunk of it (this export does not fit the scan: refused).
    const analysis = runRecordingModules(
      ['analyze', '--instrument', 'klantgerichtheidsscan', '--responses', EXPORT],
      { status: 1 },
    );
    expect(analysis.modules.filter(isBuiltinContent)).toEqual([
      expect.stringMatching(/\/cli-analyze\/chunks\/builtin-content-[^/]*\.cjs$/),
    ]);
  }, 60_000);

  it('sees SQLite and the Word writer load where a command needs them', () => {
    if (!existsSync(CLI)) throw new Error('run `npm run build` first');
    const dir = tempDir();
    const sample = runRecordingModules(['sample', '--db', join(dir, 'work.sqlite')]);
    expect(packagesLoaded(sample.modules)).toContain('better-sqlite3');
    const paper = runRecordingModules([
      'paper',
      '--instrument',
      MINI,
      '--out',
      join(dir, 'paper.docx'),
    ]);
    expect(packagesLoaded(paper.modules)).toContain('docx');
  }, 60_000);
});

/**
 * The packaged app holds what the app reads at run time and nothing else: the build's inputs are
 * the app's own entry points (the bench is built apart), electron-builder.yml packages exactly the
 * built files the code loads (BUILT_FILES), native modules are unpacked from the archive, and the
 * shipped content of resources/ reaches the app through the build, not as loose files.
 * (electron-builder itself cannot run here: it downloads Electron. This checks its config.)
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, matchesGlob, relative, resolve, sep } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { BUILT_FILES } from '@main/build-layout';

interface BuilderConfig {
  files: string[];
  asarUnpack: string[];
  extraResources?: unknown;
  extraFiles?: unknown;
  directories: { buildResources: string };
  linux: { icon: string };
  win: { icon: string };
  mac: { icon: string };
}

interface PackageJson {
  main: string;
  bin: Record<string, string>;
  dependencies: Record<string, string>;
  optionalDependencies?: Record<string, string>;
}

const builder = parse(readFileSync('electron-builder.yml', 'utf8')) as BuilderConfig;
const packageJson = JSON.parse(readFileSync('package.json', 'utf8')) as PackageJson;

/** electron-builder's `files` semantics: included when a pattern matches and no `!` pattern does. */
function matches(patterns: readonly string[], path: string): boolean {
  const included = patterns.filter((p) => !p.startsWith('!')).some((p) => matchesGlob(path, p));
  const excluded = patterns
    .filter((p) => p.startsWith('!'))
    .some((p) => matchesGlob(path, p.slice(1)));
  return included && !excluded;
}

const packaged = (path: string) => matches(builder.files, path);

interface ViteLikeConfig {
  main: { build: { rolldownOptions: { input: Record<string, string> } } };
  preload: { build: { rolldownOptions: { input: Record<string, string> } } };
  renderer: { build: { rolldownOptions: { input: Record<string, string> } } };
}

async function appBuildConfig(): Promise<ViteLikeConfig> {
  return (await import(resolve('electron.vite.config.ts'))).default as ViteLikeConfig;
}

function walk(dir: string, found: string[] = []): string[] {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) walk(path, found);
    else found.push(path);
  }
  return found;
}

const toPosix = (path: string) => path.split(sep).join('/');

/** The installed folders of the app's run-time dependencies, with theirs (hoisted or nested). */
function runtimePackageDirs(): string[] {
  const seen = new Set<string>();
  const visit = (name: string, from: string) => {
    const candidates = [join(from, 'node_modules', name), join('node_modules', name)];
    const dir = candidates.find((candidate) => existsSync(join(candidate, 'package.json')));
    if (!dir || seen.has(dir)) return;
    seen.add(dir);
    const own = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as Partial<PackageJson>;
    for (const dependency of Object.keys({ ...own.dependencies, ...own.optionalDependencies })) {
      visit(dependency, dir);
    }
  };
  for (const name of Object.keys({
    ...packageJson.dependencies,
    ...packageJson.optionalDependencies,
  })) {
    visit(name, '.');
  }
  return [...seen];
}

describe('the app build', () => {
  it('builds only the app: every main-process input is app code, none is a test or the bench', async () => {
    const config = await appBuildConfig();
    const inputs = [config.main, config.preload, config.renderer].flatMap((part) =>
      Object.values(part.build.rolldownOptions.input).map((file) => toPosix(relative('.', file))),
    );
    expect(inputs.length).toBeGreaterThan(0);
    for (const input of inputs) expect(input).toMatch(/^(electron|renderer)\//);
    expect(inputs.some((input) => input.includes('bench'))).toBe(false);
  });

  it('produces every file the app loads at run time', async () => {
    const config = await appBuildConfig();
    const produced = [
      ...Object.keys(config.main.build.rolldownOptions.input).map((name) => `main/${name}.js`),
      ...Object.keys(config.preload.build.rolldownOptions.input).map(
        (name) => `preload/${name}.cjs`,
      ),
      'renderer/index.html',
    ];
    // `klantspiegel analyze`'s script, built apart by a plugin of the main build.
    const viteConfigText = readFileSync('electron.vite.config.ts', 'utf8');
    if (
      viteConfigText.includes("outDir: 'out/main/cli-analyze'") &&
      viteConfigText.includes("'[name].cjs'")
    ) {
      produced.push('main/cli-analyze/analyze.cjs');
    }
    for (const file of Object.values(BUILT_FILES)) expect(produced).toContain(file);
    // package.json's entry point and the `klantspiegel` command are main-process entries too.
    expect(produced.map((file) => `out/${file}`)).toEqual(
      expect.arrayContaining([packageJson.main, ...Object.values(packageJson.bin)]),
    );
  });

  it('builds the bench apart, into a folder that is not packaged', () => {
    const script = readFileSync('package.json', 'utf8');
    expect(script).toContain('vite build --config vite.bench.config.ts && node out/bench/bench.js');
    const benchConfig = readFileSync('vite.bench.config.ts', 'utf8');
    expect(benchConfig).toContain("outDir: 'out/bench'");
    expect(packaged('out/bench/bench.js')).toBe(false);
  });
});

describe('electron-builder.yml', () => {
  it('packages the built files the app reads and package.json', () => {
    for (const file of Object.values(BUILT_FILES)) expect(packaged(`out/${file}`)).toBe(true);
    expect(packaged(packageJson.main)).toBe(true);
    expect(packaged('out/main/chunks/dispatch-a1b2.js')).toBe(true);
    expect(packaged('out/renderer/assets/index-a1b2.js')).toBe(true);
    expect(packaged('package.json')).toBe(true);
  });

  it('leaves out sources, tests, source maps and the bench', () => {
    for (const path of [
      'out/bench/bench.js',
      'out/main/index.js.map',
      'test/bench/index.ts',
      'electron/main/index.ts',
      'resources/tips/tips.json',
    ]) {
      expect(packaged(path), path).toBe(false);
    }
  });

  it('ships no loose resources: the code reads none, the content is bundled at build time', () => {
    // Loose files next to the app (extraResources) are reached only through process.resourcesPath.
    const mainSources = walk('electron').filter((file) => /\.(ts|mjs|cjs)$/.test(file));
    const readers = mainSources.filter(
      (file) =>
        !file.includes(`${sep}scripts${sep}`) &&
        readFileSync(file, 'utf8').includes('resourcesPath'),
    );
    expect(readers).toEqual([]);
    expect(builder.extraResources).toBeUndefined();
    expect(builder.extraFiles).toBeUndefined();
    // What the code takes from resources/ it imports (JSON, bundled into out/main).
    const resourceImports = [...walk('electron'), ...walk('shared')]
      .filter((file) => /\.tsx?$/.test(file))
      .flatMap((file) => [...readFileSync(file, 'utf8').matchAll(/from '@resources\/([^']+)'/g)])
      .map((match) => match[1]!);
    expect(resourceImports.length).toBeGreaterThan(0);
    for (const path of resourceImports) {
      expect(path).toMatch(/\.json$/);
      expect(existsSync(join('resources', path)), path).toBe(true);
    }
  });

  it('unpacks every native module of the run-time dependencies from the archive', () => {
    const nativeFiles = runtimePackageDirs()
      .flatMap((dir) => walk(dir))
      .filter((file) => file.endsWith('.node'))
      .map(toPosix);
    expect(nativeFiles.some((file) => file.includes('better-sqlite3'))).toBe(true);
    for (const file of nativeFiles) {
      expect(
        builder.asarUnpack.some((pattern) => matchesGlob(file, pattern)),
        file,
      ).toBe(true);
    }
  });

  it('finds the installer icons in the build resources folder', () => {
    for (const icon of [builder.linux.icon, builder.win.icon, builder.mac.icon]) {
      expect(icon.startsWith(`${builder.directories.buildResources}/`)).toBe(true);
      expect(existsSync(icon), icon).toBe(true);
    }
  });
});

import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { defineConfig } from 'electron-vite';
import react from '@vitejs/plugin-react';
import { build, type Plugin } from 'vite';
import { pathAliases } from './aliases.config.ts';

/** npm packages bundled into out/main (see `externalizeDeps` below). */
const BUNDLED_PACKAGES = [
  // The t CDF's own path (shared/stats/t-cdf-direct.ts) calls these directly.
  '@stdlib/math-base-special-erfc',
  '@stdlib/math-base-special-exp',
  '@stdlib/math-base-special-factorial',
  '@stdlib/math-base-special-gamma',
  '@stdlib/math-base-special-gamma-delta-ratio',
  '@stdlib/math-base-special-gamma-lanczos-sum-expg-scaled',
  '@stdlib/math-base-special-gammainc',
  '@stdlib/math-base-special-ln',
  '@stdlib/math-base-special-log1p',
  '@stdlib/math-base-special-pow',
  '@stdlib/stats-base-dists-f-cdf',
  '@stdlib/stats-base-dists-f-quantile',
  '@stdlib/stats-base-dists-normal-quantile',
  '@stdlib/stats-base-dists-t-cdf',
  '@stdlib/stats-base-dists-t-quantile',
  'zod',
];

/** The app's npm dependencies that out/main loads from node_modules. */
const EXTERNAL_PACKAGES = Object.keys(
  (JSON.parse(readFileSync('package.json', 'utf8')) as { dependencies: Record<string, string> })
    .dependencies,
).filter((name) => !BUNDLED_PACKAGES.includes(name));

/**
 * The `debug` package as the bundle sees it: silent. stdlib's inverse incomplete gamma (pulled in
 * by the F quantile) logs through it for stdlib's own developers, and loading the real one loads
 * Node's tty, net and stream modules at every start of the command line.
 */
const SILENT_DEBUG = '\0silent-debug';
const silentDebug = {
  name: 'klantspiegel:silent-debug',
  enforce: 'pre' as const,
  resolveId: (id: string) => (id === 'debug' ? SILENT_DEBUG : null),
  load: (id: string) =>
    id === SILENT_DEBUG
      ? 'module.exports = function createDebug() { var log = function () {}; log.enabled = false; return log; };'
      : null,
};

/** The output options every bundle of out/main shares. */
const MAIN_OUTPUT = {
  // ASCII-only files without doc comments: Node decodes a file with a single non-ASCII
  // character (a "≥" in a comment of the bundled statistics) on a slow path into a
  // two-byte string the engine then parses more slowly; for the 0.8 MB analysis chunk
  // that was tens of milliseconds of every `klantspiegel analyze`. Licence comments stay.
  charset: 'ascii',
  comments: { legal: true, annotation: true, jsdoc: false },
} as const;

/** Node's CommonJS wrapper around the analysis script (see `buildCliAnalysis`). */
const CLI_ANALYSIS_WRAPPER = {
  head: '(function (exports, require, module, __filename, __dirname) {',
  tail: '\n})',
};

/**
 * `klantspiegel analyze`'s own code (electron/main/cli/analyze.ts and all it imports) as one
 * CommonJS script, out/main/cli-analyze/analyze.cjs (what it loads only on demand, e.g. the
 * built-in content or the workbook reader, in chunks beside it). The command line runs it as a
 * script with a code cache of every function the analysis ran (cli/analyze-script.ts): Node's
 * compile cache holds only the code compiled before a module runs, so each `analyze` compiled
 * several hundred functions again. Built after out/main, from the same sources.
 */
function buildCliAnalysis(): Plugin {
  return {
    name: 'klantspiegel:cli-analysis',
    apply: 'build',
    async closeBundle() {
      await build({
        configFile: false,
        logLevel: 'warn',
        resolve: { alias: pathAliases },
        plugins: [silentDebug],
        // As electron-vite does for out/main: the app's own dependencies stay external (with
        // their subpaths), save the bundled ones; everything else is bundled.
        ssr: { noExternal: true },
        build: {
          ssr: true,
          outDir: 'out/main/cli-analyze',
          emptyOutDir: true,
          // Minified (0.9 → 0.6 MB): every run reads the whole text, and the functions the code
          // cache does not hold are compiled from it; ~20 ms less CPU an `analyze` in alternating
          // runs. The command reports an error by its message (cli/index.ts), not its stack.
          minify: true,
          target: 'node22',
          rolldownOptions: {
            input: { analyze: resolve('electron/main/cli/analyze.ts') },
            external: [...EXTERNAL_PACKAGES, new RegExp(`^(${EXTERNAL_PACKAGES.join('|')})/`)],
            output: {
              ...MAIN_OUTPUT,
              format: 'cjs',
              entryFileNames: '[name].cjs',
              chunkFileNames: 'chunks/[name]-[hash].cjs',
              // The script comes inside Node's CommonJS wrapper, as analyze-script.ts runs it: the
              // command reads it as is, where joining the wrapper on at every run copied the whole
              // 0.9 MB text into fresh memory once more (~250 page faults, ~3 ms).
              postBanner: (chunk) => (chunk.name === 'analyze' ? CLI_ANALYSIS_WRAPPER.head : ''),
              postFooter: (chunk) => (chunk.name === 'analyze' ? CLI_ANALYSIS_WRAPPER.tail : ''),
            },
          },
        },
      });
    },
  };
}

// Main-process bundle has several entries: the Electron app, the loopback browser host (the same
// handlers over HTTP, for development and end-to-end tests), the command line and the worker
// threads. None but index.ts imports Electron, so the others run under plain Node. The benchmark
// is not an app input: `npm run bench` builds it on its own (vite.bench.config.ts).
export default defineConfig({
  main: {
    resolve: { alias: pathAliases },
    plugins: [silentDebug, buildCliAnalysis()],
    build: {
      // Bundled rather than loaded from node_modules: the statistics packages are ~430 small
      // CommonJS files whose resolving and loading cost a command-line analysis more time than
      // the analysis itself; zod likewise (~95 files). Everything else stays external.
      externalizeDeps: { exclude: [...BUNDLED_PACKAGES] },
      outDir: 'out/main',
      rolldownOptions: {
        input: {
          index: resolve('electron/main/index.ts'),
          'browser-host': resolve('electron/main/browser-host/start.ts'),
          cli: resolve('electron/main/cli/index.ts'),
          'import-worker': resolve('electron/main/core/import/import-worker.ts'),
          'parse-worker': resolve('electron/main/files/parse-worker.ts'),
          'read-worker': resolve('electron/main/core/read-worker/read-worker.ts'),
        },
        output: {
          entryFileNames: '[name].js',
          chunkFileNames: 'chunks/[name]-[hash].js',
          // The `klantspiegel` bin runs out/main/cli.js directly.
          banner: (chunk) => (chunk.name === 'cli' ? '#!/usr/bin/env node' : ''),
          ...MAIN_OUTPUT,
        },
      },
    },
  },
  preload: {
    resolve: { alias: pathAliases },
    build: {
      outDir: 'out/preload',
      rolldownOptions: {
        input: { index: resolve('electron/preload/index.ts') },
        // A sandboxed preload cannot be an ES module.
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: 'renderer',
    resolve: { alias: pathAliases },
    build: {
      outDir: 'out/renderer',
      // The window loads these files at every start: smaller is faster to parse.
      minify: true,
      // participant.html is the phone page of a live session, served by its own small server.
      rolldownOptions: {
        input: {
          index: resolve('renderer/index.html'),
          participant: resolve('renderer/participant.html'),
        },
        output: {
          // The locale files that other code imports as well (shared/i18n/locales/<lang>/…):
          // those of the phone page, and those of the documents (report, paper, deck, the
          // report's words and labels). Each kind in one chunk for both languages, so a
          // language's texts (locales/<lang>.ts) are three files, not six (see preloadAppCode).
          codeSplitting: {
            groups: [
              { name: 'phone-texts', test: localeFiles('participant', 'capture') },
              {
                name: 'document-texts',
                test: localeFiles(
                  'report-document',
                  'report-text',
                  'gaps-text',
                  'paper',
                  'deck',
                  'output',
                  'menu',
                  'labels',
                ),
              },
            ],
          },
        },
      },
    },
    plugins: [react(), preloadAppCode()],
  },
});

/** Both languages' locale files of these domains (shared/i18n/locales/<lang>/<domain>.json). */
function localeFiles(...domains: string[]): RegExp {
  return new RegExp(
    `shared[\\\\/]i18n[\\\\/]locales[\\\\/](?:nl|en)[\\\\/](?:${domains.join('|')})\\.json$`,
  );
}

/**
 * The page's entry (renderer/src/main.ts) is small: it sends the first screen's calls and only
 * then imports the app (`app/show-app.tsx`: React, i18next, the list) and the texts of the UI
 * language (`shared/i18n/locales/<lang>.ts`). Named in the page as `modulepreload`, the app's
 * chunks and both languages' texts (the page cannot know which one the settings name) are
 * fetched and compiled while the entry loads and runs, instead of after it; they still run only
 * when the entry imports them. The app's stylesheets are linked by the page as well: otherwise
 * the app's import would wait for them, asked for only once the entry runs.
 */
function preloadAppCode(): Plugin {
  let base = './';
  return {
    name: 'klantspiegel-preload-app-code',
    configResolved(config) {
      base = config.base;
    },
    transformIndexHtml: {
      order: 'post',
      handler(html, context) {
        const { bundle, chunk: entry } = context;
        if (!bundle || !entry) return html; // the dev server loads modules as asked
        const chunkOf = (fileName: string) => {
          const output = bundle[fileName];
          return output?.type === 'chunk' ? output : undefined;
        };
        const loadedAtStart = (suffix: string) =>
          entry.dynamicImports
            .map(chunkOf)
            .find((chunk) => chunk?.facadeModuleId?.endsWith(suffix));
        const app = loadedAtStart('/renderer/src/app/show-app.tsx');
        if (!app) return html;
        // The app chunk, the texts and what they import, less what the page loads anyway.
        const files = new Set<string>();
        const visit = (fileName: string) => {
          if (
            files.has(fileName) ||
            fileName === entry.fileName ||
            entry.imports.includes(fileName)
          )
            return;
          files.add(fileName);
          chunkOf(fileName)?.imports.forEach(visit);
        };
        visit(app.fileName);
        const appStyles = [...files].flatMap((fileName) => [
          ...(chunkOf(fileName)?.viteMetadata?.importedCss ?? []),
        ]);
        for (const language of ['nl', 'en']) {
          const texts = loadedAtStart(`/shared/i18n/locales/${language}.ts`);
          if (texts) visit(texts.fileName);
        }
        return [
          ...appStyles.map((fileName) => ({
            tag: 'link',
            attrs: { rel: 'stylesheet', crossorigin: true, href: `${base}${fileName}` },
            injectTo: 'head' as const,
          })),
          ...[...files].map((fileName) => ({
            tag: 'link',
            attrs: { rel: 'modulepreload', crossorigin: true, href: `${base}${fileName}` },
            injectTo: 'head' as const,
          })),
        ];
      },
    },
  };
}

import { resolve } from 'node:path';
import { defineConfig } from 'vite';
import { pathAliases } from './aliases.config.ts';

/**
 * `npm run bench` builds the benchmark with this config, apart from the app: test/bench is no
 * input of electron.vite.config.ts, so nothing of it reaches out/main or a packaged app. The bench
 * lands in out/bench (not packaged: electron-builder.yml lists out/main, out/preload and
 * out/renderer) and uses the app's own built workers in out/main, so it measures what ships.
 */
export default defineConfig({
  resolve: { alias: pathAliases },
  logLevel: 'error',
  build: {
    // A Node program: npm packages stay external and load from node_modules, as in the app.
    ssr: true,
    outDir: 'out/bench',
    emptyOutDir: true,
    minify: false,
    rolldownOptions: {
      input: { bench: resolve(import.meta.dirname, 'test/bench/index.ts') },
      output: { format: 'esm', entryFileNames: '[name].js', chunkFileNames: 'chunks/[name].js' },
    },
  },
});

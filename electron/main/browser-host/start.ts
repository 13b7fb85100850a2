// The browser host's entry (`node out/main/browser-host.js`). Node's compile cache keeps V8's
// compiled code of every module between starts (core/compile-cache.ts), so a start compiles
// only what changed. It must be on before the host's modules are compiled: they are imported
// dynamically, after it (a static import would be compiled first).
import { enableCompileCache } from '../core/compile-cache';

enableCompileCache();
const { runBrowserHost } = await import('./cli');
runBrowserHost(import.meta.url).catch((error: unknown) => {
  console.error(
    'Klantspiegel browser host could not start:',
    error instanceof Error ? error.message : error,
  );
  process.exitCode = 1;
});

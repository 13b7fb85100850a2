import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export interface RunningHost {
  url: string;
  origin: string;
  token: string;
  dataDir: string;
  process: ChildProcess;
  stop(signal?: NodeJS.Signals): Promise<void>;
}

const HOST_SCRIPT = resolve('out/main/browser-host.js');

export function newDataDir(): string {
  return mkdtempSync(join(tmpdir(), 'klantspiegel-e2e-'));
}

/**
 * Starts the real browser host (built by `npm run build`) on its own data folder. `extraArgs`
 * such as `--live-loopback` (live sessions on 127.0.0.1 only, never another interface).
 */
export function startBrowserHost(
  dataDir: string = newDataDir(),
  extraArgs: string[] = [],
): Promise<RunningHost> {
  const child = spawn(process.execPath, [HOST_SCRIPT, '--data-dir', dataDir, ...extraArgs], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return new Promise((resolveHost, reject) => {
    let output = '';
    const timer = setTimeout(
      () => reject(new Error(`browser host did not start:\n${output}`)),
      15_000,
    );
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /Open: (http:\/\/127\.0\.0\.1:\d+)\/#token=(\S+)/.exec(output);
      if (!match?.[1] || !match[2]) return;
      clearTimeout(timer);
      const origin = match[1];
      resolveHost({
        url: `${origin}/#token=${match[2]}`,
        origin,
        token: match[2],
        dataDir,
        process: child,
        stop: (signal = 'SIGTERM') =>
          new Promise((done) => {
            if (child.exitCode !== null || child.signalCode !== null) return done();
            child.once('exit', () => done());
            child.kill(signal);
          }),
      });
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`browser host exited with ${code}:\n${output}`));
    });
  });
}

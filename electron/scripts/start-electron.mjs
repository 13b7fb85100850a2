// `npm start`: launches the built app in Electron. Electron's binary is downloaded on first use;
// where that is impossible (no network), say so plainly and point to the browser host.
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);

function electronBinary() {
  const packageDir = dirname(require.resolve('electron/package.json'));
  const pathFile = join(packageDir, 'path.txt');
  if (existsSync(pathFile)) {
    const binary = join(packageDir, 'dist', readFileSync(pathFile, 'utf8').trim());
    if (existsSync(binary)) return binary;
  }
  try {
    // Triggers Electron's own first-use download.
    const binary = require('electron');
    return existsSync(binary) ? binary : null;
  } catch {
    return null;
  }
}

const binary = electronBinary();
if (!binary) {
  console.error(
    [
      '',
      'Klantspiegel could not start Electron: its program files are not installed and could not be',
      'downloaded (Electron downloads them on first use, which needs an internet connection).',
      '',
      'Connect to the internet once and run `npm start` again, or use Klantspiegel in your browser:',
      '',
      '    npm run start:browser',
      '',
    ].join('\n'),
  );
  process.exit(1);
}

const child = spawn(binary, ['.'], { stdio: 'inherit' });
child.on('exit', (code) => process.exit(code ?? 0));

// temporary (not committed): profile one start of the host with Chromium loading the list
import { spawn } from 'node:child_process';
import { chromium } from '@playwright/test';
const [hostJs, dataDir, profDir] = process.argv.slice(2);
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium' });
const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
page.on('console', (m) => console.log('CONSOLE', m.text())); page.on('pageerror', (e) => console.log('PAGEERROR', e.message));
const t0 = performance.now();
const args = profDir ? ['--cpu-prof', '--cpu-prof-dir', profDir, '--cpu-prof-interval', '250'] : [];
const child = spawn(process.execPath, [...args, hostJs, '--data-dir', dataDir], { stdio: ['ignore', 'pipe', 'inherit'] });
const url = await new Promise((r) => { let o = ''; child.stdout.on('data', (d) => { o += d; const m = /Open: (\S+)/.exec(o); if (m) r(m[1]); }); });
const tl = [];
const at = (s) => tl.push(`${Math.round(performance.now() - t0)} ${s}`);
at('listening');
page.on('request', (r) => at('sent ' + new URL(r.url()).pathname));
page.on('requestfinished', (r) => at('done ' + new URL(r.url()).pathname));
await page.goto(url, { waitUntil: 'commit' });
try { await page.waitForFunction(() => { const rows = document.querySelectorAll('[data-testid="engagement-row"]'); const c = document.querySelector('[data-testid="engagement-count"]'); return rows.length > 0 && (c ? c.textContent.includes('501') : rows.length === 501); }, null, { polling: 'raf', timeout: 15000 });
at('SHOWN'); } catch (e) { console.log('TIMEOUT', await page.content()); }
console.log(tl.join('\n'));
await new Promise((r) => setTimeout(r, 300));
child.kill('SIGTERM');
await new Promise((r) => child.once('exit', r));
await browser.close();

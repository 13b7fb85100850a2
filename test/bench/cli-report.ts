/**
 * The report as a sceptical reader times it: `node out/main/cli.js report … --out x.docx` in a
 * fresh process, from the shell's point of view (start, loading the code, opening the workspace,
 * the report, writing the file, exit), several runs, the median, with that run's CPU time and
 * peak memory (reported by the process itself as it exits).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { appBuildFile, type BenchFigure } from './measure';

const RUNS = 5;

/** Printed by the measured process on exit: its own CPU time and peak memory. */
const USAGE_PROBE =
  'data:text/javascript,process.on("exit",()=>{const u=process.resourceUsage();' +
  'process.stderr.write("\\nUSAGE "+JSON.stringify({cpu:(u.userCPUTime+u.systemCPUTime)/1000,rss:u.maxRSS/1024})+"\\n")})';

interface Run {
  ms: number;
  cpuMs: number;
  rssMb: number;
}

function runOnce(args: string[]): Run {
  const start = performance.now();
  const result = spawnSync(
    process.execPath,
    ['--import', USAGE_PROBE, appBuildFile('cli.js'), ...args],
    {
      encoding: 'utf8',
    },
  );
  const ms = performance.now() - start;
  if (result.status !== 0) throw new Error(`klantspiegel report failed: ${result.stderr}`);
  const usage = /USAGE (\{.*\})/.exec(result.stderr)?.[1];
  const { cpu, rss } = JSON.parse(usage ?? '{"cpu":NaN,"rss":NaN}') as { cpu: number; rss: number };
  return { ms, cpuMs: cpu, rssMb: rss };
}

/** The whole-process report of engagement `engagementId` in the workspace folder `dir`. */
export function cliReportFigures(
  dir: string,
  engagementId: number,
  label: string,
  goalMs: number,
): BenchFigure[] {
  const out = mkdtempSync(join(tmpdir(), 'klantspiegel-bench-cli-'));
  try {
    const args = [
      'report',
      '--engagement',
      String(engagementId),
      '--db',
      join(dir, 'workspace.sqlite'),
      '--out',
      join(out, 'report.docx'),
    ];
    const runs = Array.from({ length: RUNS }, () => runOnce(args)).sort((a, b) => a.ms - b.ms);
    const median = runs[Math.floor(RUNS / 2)]!;
    return [
      {
        label: `${label} (command line, whole process)`,
        value: median.ms,
        unit: 'ms',
        goal: goalMs,
        note:
          `median of ${RUNS}: CPU ${Math.round(median.cpuMs)} ms, peak ${Math.round(median.rssMb)} MB; ` +
          `fastest ${Math.round(runs[0]!.ms)} ms, slowest ${Math.round(runs.at(-1)!.ms)} ms`,
      },
    ];
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}

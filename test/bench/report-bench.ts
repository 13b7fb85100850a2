import type { Workspace } from '@main/core/workspace';
import { buildEngagementReport } from '@main/core/report/build';
import { generateReport } from '@main/core/report/generate';
import { cliReportFigures } from './cli-report';
import { peakRssMb, timedMs, type BenchFigure } from './measure';
import { pandocMs } from './pandoc';
import { onLargeEngagement } from './report-engagement';

/**
 * The full Word report of a large engagement: data, native charts and the .docx. The engagement
 * is seeded first; the report is then made in a fresh process on that workspace, as the app and
 * the command line make it, so the figures are the report's and not the seeding's: the bench
 * process from its start to its first report, then warm reports, the peak memory after one and
 * after four reports, and pandoc's time for the same content; then, as a sceptical reader times
 * it, `klantspiegel report` in a fresh process from the shell (cli-report.ts).
 */
export async function reportBench(
  name: string,
  respondents: number,
  goals: { ms: number; mb: number; pandoc?: number },
  dir?: string,
): Promise<BenchFigure[]> {
  const label = `Word report, ${respondents.toLocaleString('en')} respondents, 8 groups, 200 quotes`;
  const commandLine = (seeded: string, engagementId: number) =>
    cliReportFigures(seeded, engagementId, label, goals.ms);
  return onLargeEngagement(name, respondents, dir, measure, commandLine);

  async function measure(workspace: Workspace, engagementId: number): Promise<BenchFigure[]> {
    const baseline = peakRssMb();
    const first = await timedMs(() => generateReport(workspace, engagementId));
    // From the process' start: loading the code, opening the workspace and the first report.
    const wholeProcess = performance.now();
    const peakOfOne = peakRssMb();
    const times: number[] = [];
    for (let run = 0; run < 3; run++) {
      times.push((await timedMs(() => generateReport(workspace, engagementId))).ms);
    }
    times.sort((a, b) => a - b);
    const warm = times[1]!;
    const figures: BenchFigure[] = [
      {
        label: `${label} (warm)`,
        value: warm,
        unit: 'ms',
        goal: goals.ms,
        note: `first report ${Math.round(first.ms)} ms; ${Math.round(first.value.bytes.length / 1024)} KB`,
      },
      {
        label: `${label} (bench process: start to first report)`,
        value: wholeProcess,
        unit: 'ms',
      },
      {
        label: 'Word report peak memory (whole process, after 4 reports)',
        value: peakRssMb(),
        unit: 'MB',
        goal: goals.mb,
        note: `${Math.round(baseline)} MB with the workspace open; ${Math.round(peakOfOne)} MB after one report`,
      },
    ];
    if (goals.pandoc !== undefined) {
      const pandoc = pandocMs(buildEngagementReport(workspace, engagementId).document);
      figures.push(
        pandoc === null
          ? { label: 'pandoc', value: Number.NaN, unit: '×', note: 'pandoc not found; skipped' }
          : {
              label: 'Klantspiegel (warm) ÷ pandoc, same content',
              value: warm / pandoc,
              unit: '×',
              goal: goals.pandoc,
              note: `pandoc ${Math.round(pandoc)} ms (whole process); bench process to first report ÷ pandoc ${(wholeProcess / pandoc).toFixed(1)}×`,
            },
      );
    }
    return figures;
  }
}

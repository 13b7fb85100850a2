import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Workspace } from '@main/core/workspace';
import { buildScoringModel, scoreResponses } from '@shared/scoring';
import { formatNumber } from '@shared/i18n/format';
import { syntheticSurvey } from '../support/synthetic-survey';
import { benchInterviewSearch } from './interviews-search';
import { benchFieldwork } from './fieldwork';
import { benchMainThreadCalls } from './main-thread-calls';
import { benchStartToList } from './start-to-list';
import { medianMs, peakRssMb, timedMs, type BenchFigure } from './measure';
import { seedEngagements } from './synthetic-engagement';
import { onLargeEngagement } from './report-engagement';
import { buildEngagementReport, generateReport } from '@main/core/report/generate';
import { pandocMs } from './pandoc';
import { benchImport, benchImportRun } from './import';
import { cliReportFigures } from './cli-report';
import {
  benchAnalysis,
  benchAnalysisInProcess,
  benchAnalysisKloof,
  benchAnalysisKloofRun,
} from './analysis';

function withWorkspace<T>(work: (workspace: Workspace) => Promise<T>): Promise<T> {
  const dir = mkdtempSync(join(tmpdir(), 'klantspiegel-bench-'));
  const workspace = Workspace.open(dir);
  return work(workspace).finally(() => {
    workspace.close();
    rmSync(dir, { recursive: true, force: true });
  });
}

export const CASES: Record<string, (arg?: string) => Promise<BenchFigure[]>> = {
  /** From starting the browser host to 501 engagements listed in Chromium. */
  startToList: benchStartToList,

  async engagements() {
    return withWorkspace(async (workspace) => {
      seedEngagements(workspace, 500);
      const list = medianMs(20, () =>
        workspace.engagements.list({ search: 'klant 4', status: 'all', sort: 'client' }),
      );
      return [{ label: 'engagement list, search in 500 engagements', value: list, unit: 'ms' }];
    });
  },

  /** Import of a 10,000 × 60 survey export, analysis and commit (see bench/import.ts). */
  import: benchImport,
  importRun: benchImportRun,

  interviewSearch: benchInterviewSearch,

  /** Every read call of every tab and the report's autosave on 5,000 respondents (main thread). */
  mainThreadCalls: benchMainThreadCalls,

  /** The Word report of a 5,000-respondent engagement (see reportBench). */
  report: (dir?: string) => reportBench('report', 5_000, { ms: 1000, mb: 250, pandoc: 1.5 }, dir),

  /** The Word report of a 40,000-respondent engagement, four in one process. */
  reportLarge: (dir?: string) => reportBench('reportLarge', 40_000, { ms: 2000, mb: 300 }, dir),

  /** The numbers of a large gap table or report: formatted with the shared, cached formatters. */
  async formatting() {
    const values = Array.from({ length: 100_000 }, (_, index) => (index - 50_000) / 7);
    const run = () => {
      for (const value of values) formatNumber(value, 'nl', 2);
    };
    run();
    const ms = medianMs(9, run);
    return [{ label: 'formatting 100,000 numbers (nl, 2 decimals)', value: ms, unit: 'ms' }];
  },

  async fieldwork() {
    return withWorkspace(benchFieldwork);
  },

  async scoring() {
    const { instrument, matrix } = syntheticSurvey(5000, 8);
    const model = buildScoringModel(instrument, matrix.itemCodes);
    scoreResponses(matrix, model); // warm-up: the first run includes JIT compilation
    const ms = medianMs(15, () => scoreResponses(matrix, model));
    return [{ label: 'scoring 5,000 × 60, 8 groups', value: ms, unit: 'ms', goal: 20 }];
  },

  /** The analysis against vectorised R: in-process, the Kloof tab's call, whole process. */
  analysis: benchAnalysis,
  analysisInProcess: benchAnalysisInProcess,
  analysisKloof: benchAnalysisKloof,
  analysisKloofRun: benchAnalysisKloofRun,
};

/**
 * The full Word report of a large engagement: data, native charts and the .docx. The engagement
 * is seeded first; the report is then made in a fresh process on that workspace, as the app and
 * the command line make it, so the figures are the report's and not the seeding's: the bench
 * process from its start to its first report, then warm reports, the peak memory after one and
 * after four reports, and pandoc's time for the same content; then, as a sceptical reader times
 * it, `klantspiegel report` in a fresh process from the shell (cli-report.ts).
 */
async function reportBench(
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

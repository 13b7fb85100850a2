import type { BenchFigure } from './measure';

type BenchCase = (arg?: string) => Promise<BenchFigure[]>;

/**
 * Every case, in the order `npm run bench` prints them. Each is imported when it runs: a case
 * runs in a process of its own for its peak memory, and that process loads the code of its case
 * (and the app's code it measures), not Playwright, docx or R helpers of the other cases.
 */
export const CASES: Record<string, BenchCase> = {
  /** From starting the browser host to 501 engagements listed in Chromium. */
  startToList: async () => (await import('./start-to-list')).benchStartToList(),

  engagements: async () => (await import('./small-cases')).benchEngagements(),

  /** Import of a 10,000 × 60 survey export, analysis and commit (see bench/import.ts). */
  import: async () => (await import('./import')).benchImport(),
  importRun: async (arg) => (await import('./import')).benchImportRun(arg),

  interviewSearch: async () => (await import('./interviews-search')).benchInterviewSearch(),

  /** Every read call of every tab and the report's autosave on 5,000 respondents (main thread). */
  mainThreadCalls: async (dir) => (await import('./main-thread-calls')).benchMainThreadCalls(dir),

  /** The Word report of a 5,000-respondent engagement (see report-bench.ts). */
  report: async (dir) =>
    (await import('./report-bench')).reportBench(
      'report',
      5_000,
      { ms: 1000, mb: 250, pandoc: 1.5 },
      dir,
    ),

  /** The Word report of a 40,000-respondent engagement, four in one process. */
  reportLarge: async (dir) =>
    (await import('./report-bench')).reportBench('reportLarge', 40_000, { ms: 2000, mb: 300 }, dir),

  formatting: async () => (await import('./small-cases')).benchFormatting(),

  fieldwork: async () => (await import('./small-cases')).benchFieldworkCase(),

  scoring: async () => (await import('./small-cases')).benchScoring(),

  /** The analysis against vectorised R: in-process, the Kloof tab's call, whole process. */
  analysis: async () => (await import('./analysis')).benchAnalysis(),
  analysisInProcess: async (arg) => (await import('./analysis')).benchAnalysisInProcess(arg),
  analysisKloof: async (arg) => (await import('./analysis')).benchAnalysisKloof(arg),
  analysisKloofRun: async (arg) => (await import('./analysis')).benchAnalysisKloofRun(arg),
};

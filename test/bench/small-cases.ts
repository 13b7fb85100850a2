import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Workspace } from '@main/core/workspace';
import { buildScoringModel, scoreResponses } from '@shared/scoring';
import { formatNumber } from '@shared/i18n/format';
import { syntheticSurvey } from '../support/synthetic-survey';
import { benchFieldwork } from './fieldwork';
import { medianMs, type BenchFigure } from './measure';
import { seedEngagements } from './synthetic-engagement';

function withWorkspace<T>(work: (workspace: Workspace) => Promise<T>): Promise<T> {
  const dir = mkdtempSync(join(tmpdir(), 'klantspiegel-bench-'));
  const workspace = Workspace.open(dir);
  return work(workspace).finally(() => {
    workspace.close();
    rmSync(dir, { recursive: true, force: true });
  });
}

/** The engagement list, searched and sorted, on 500 engagements. */
export function benchEngagements(): Promise<BenchFigure[]> {
  return withWorkspace(async (workspace) => {
    seedEngagements(workspace, 500);
    const list = medianMs(20, () =>
      workspace.engagements.list({ search: 'klant 4', status: 'all', sort: 'client' }),
    );
    return [{ label: 'engagement list, search in 500 engagements', value: list, unit: 'ms' }];
  });
}

/** The numbers of a large gap table or report: formatted with the shared, cached formatters. */
export async function benchFormatting(): Promise<BenchFigure[]> {
  const values = Array.from({ length: 100_000 }, (_, index) => (index - 50_000) / 7);
  const run = () => {
    for (const value of values) formatNumber(value, 'nl', 2);
  };
  run();
  const ms = medianMs(9, run);
  return [{ label: 'formatting 100,000 numbers (nl, 2 decimals)', value: ms, unit: 'ms' }];
}

export function benchFieldworkCase(): Promise<BenchFigure[]> {
  return withWorkspace(benchFieldwork);
}

export async function benchScoring(): Promise<BenchFigure[]> {
  const { instrument, matrix } = syntheticSurvey(5000, 8);
  const model = buildScoringModel(instrument, matrix.itemCodes);
  scoreResponses(matrix, model); // warm-up: the first run includes JIT compilation
  const ms = medianMs(15, () => scoreResponses(matrix, model));
  return [{ label: 'scoring 5,000 × 60, 8 groups', value: ms, unit: 'ms', goal: 20 }];
}

/**
 * No group below the anonymity threshold can be worked out from what is shown. Every figure the
 * app shows about an engagement — the Results tab of each questionnaire version, the Kloof tab
 * (profiles and every comparison), the report's data, `klantspiegel analyze` on the exported
 * responses — is collected per statement, dimension and overall index (on each basis they are
 * computed on), as (n, sum) pairs and answer distributions. Then every sum and difference of
 * those figures (each used once, with sign +1 or −1) is tried against each suppressed group's
 * own figures. None may match.
 *
 * Respondent counts alone are small whole numbers that coincide all the time (in the sample,
 * 2 × 15 − 26 happens to be 4), so for them the test checks the identity that would give a
 * group away: on every surface, a total is the sum of the shown groups plus, at most, a pooled
 * block of small groups that itself reaches the threshold.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyze } from '@main/cli/analyze';
import { loadReportSource } from '@main/core/report/assemble';
import { analyseEngagementGaps } from '@main/core/services/gap-analysis';
import { createSampleEngagement } from '@main/core/sample/sample-engagement';
import type { Workspace } from '@main/core/workspace';
import type { Engagement } from '@shared/engagements/model';
import { buildFamily, type FamilyVersion } from '@shared/gaps';
import type { SummaryDto } from '@shared/gaps/report';
import { comparisonId, type Instrument, type Item } from '@shared/questionnaire/instrument';
import type { ResultBlock } from '@shared/questionnaire/result-block';
import { prepareReportData } from '@shared/report/anonymity';
import { buildScoringModel, scoreRespondents } from '@shared/scoring';
import { seededRandom } from '@shared/util/seeded-random';
import { testDispatcher, type TestDispatcher } from '@test/support/dispatcher';
import { tempDir, tempWorkspace } from '@test/support/temp-workspace';
import { newEngagement } from '@test/support/new-engagement';

/**
 * A figure about one variable: how many answers, their sum and their sum of squares — what n,
 * mean and SD give away. Figures add up when the groups behind them do.
 */
interface Figure {
  n: number;
  sum: number;
  squares: number;
}

/** Shown figures per variable key, and shown distributions per statement. */
class Shown {
  readonly figures = new Map<string, Figure[]>();
  readonly distributions = new Map<string, number[][]>();
  /** Per surface: a total, the shown groups' counts, and the pooled block it says it holds. */
  readonly tallies: { surface: string; total: number; parts: number[]; pooled: number }[] = [];

  add(
    key: string,
    n: number | null | undefined,
    mean: number | null | undefined,
    sd: number | null | undefined,
  ): void {
    if (n === null || n === undefined || mean === null || mean === undefined) return;
    if (sd === null || sd === undefined) return;
    const figure = { n, sum: n * mean, squares: (n - 1) * sd * sd + n * mean * mean };
    const list = this.figures.get(key) ?? [];
    // The same figure on two surfaces is one figure.
    if (!list.some((other) => sameFigure(other, figure))) list.push(figure);
    this.figures.set(key, list);
  }

  summary(
    key: string,
    summary: SummaryDto | { n: number; mean: number | null; sd: number | null } | null,
  ): void {
    if (summary) this.add(key, summary.n, summary.mean, summary.sd);
  }

  distribution(key: string, counts: number[] | null): void {
    if (!counts) return;
    const list = this.distributions.get(key) ?? [];
    if (!list.some((other) => other.join() === counts.join())) list.push(counts);
    this.distributions.set(key, list);
  }

  tally(surface: string, total: number | null | undefined, parts: (number | null)[], pooled = 0) {
    if (typeof total !== 'number') return;
    this.tallies.push({
      surface,
      total,
      parts: parts.filter((part): part is number => part !== null),
      pooled,
    });
  }
}

/** Can ±1 combinations of `parts` (each at most once) make `target`? */
function reachable<T>(
  parts: readonly T[],
  target: T,
  plus: (a: T, b: T, sign: number) => T,
  zero: T,
  equal: (a: T, b: T) => boolean,
): boolean {
  const search = (index: number, acc: T, used: number): boolean => {
    if (used > 0 && equal(acc, target)) return true;
    if (index === parts.length) return false;
    return (
      search(index + 1, acc, used) ||
      search(index + 1, plus(acc, parts[index]!, 1), used + 1) ||
      search(index + 1, plus(acc, parts[index]!, -1), used + 1)
    );
  };
  return search(0, zero, 0);
}

const addFigures = (a: Figure, b: Figure, sign: number): Figure => ({
  n: a.n + sign * b.n,
  sum: a.sum + sign * b.sum,
  squares: a.squares + sign * b.squares,
});
const sameFigure = (a: Figure, b: Figure) =>
  a.n === b.n && Math.abs(a.sum - b.sum) < 1e-6 && Math.abs(a.squares - b.squares) < 1e-6;
const addVectors = (a: number[], b: number[], sign: number) =>
  a.map((value, index) => value + sign * (b[index] ?? 0));
const sameVector = (a: number[], b: number[]) => a.every((value, index) => value === b[index]);

const SCORED = new Set(['likert', 'importance', 'performance']);

/** Keys: a statement by its identity; a dimension or the overall index by the statements it rests on. */
function statementKey(id: string) {
  return `statement:${id}`;
}
function scoreKey(dimension: string, statementIds: readonly string[]) {
  return `score:${dimension}:${[...statementIds].sort().join(',')}`;
}

interface Setting {
  workspace: Workspace;
  engagement: Engagement;
  call: TestDispatcher['call'];
}

function setting(workspace: Workspace, engagement: Engagement): Setting {
  return { workspace, engagement, call: testDispatcher(workspace).call };
}

/** Statements of a version per dimension, by identity, for the keys of its Results figures. */
function versionScoreKeys(instrument: Instrument) {
  const likert = instrument.items.filter((item) => item.kind === 'likert');
  const byDimension = (code: string) =>
    likert.filter((item) => item.dimension === code).map(comparisonId);
  return {
    dimension: (code: string) => scoreKey(code, byDimension(code)),
    overall: scoreKey('overall', likert.map(comparisonId)),
    statement: (code: string) => {
      const item = instrument.items.find((candidate) => candidate.code === code);
      return statementKey(item ? comparisonId(item) : code);
    },
  };
}

function addResultBlock(shown: Shown, block: ResultBlock, instrument: Instrument): void {
  const keys = versionScoreKeys(instrument);
  for (const item of block.items) {
    shown.summary(keys.statement(item.code), item);
    shown.distribution(keys.statement(item.code), item.distribution);
  }
  for (const dimension of block.dimensions)
    shown.summary(keys.dimension(dimension.code), dimension);
  shown.summary(keys.overall, block.overall);
}

async function collect({ workspace, engagement, call }: Setting): Promise<Shown> {
  const shown = new Shown();
  const versions = workspace.instruments.forEngagement(engagement.id);
  const source = loadReportSource(workspace, engagement.id, { instrumentId: null }, 'Bureau');
  const reportInstrument = source.results?.instrumentId;
  let reportTotal: number | null = null;
  for (const summary of versions) {
    const { instrument } = workspace.instruments.get(summary.id);
    // The Results tab.
    const results = await call('questionnaire.results', {
      engagementId: engagement.id,
      instrumentId: summary.id,
    });
    if (results.total) addResultBlock(shown, results.total, instrument);
    for (const { block } of results.byGroup) addResultBlock(shown, block, instrument);
    shown.tally(
      `results ${summary.key}`,
      results.total?.respondents,
      results.groups.map((group) => group.respondents),
      results.pooledRespondents,
    );
    if (summary.id === reportInstrument) reportTotal = results.total?.respondents ?? null;
    // `klantspiegel analyze` on the exported responses of this version.
    const file = await call('exports.responses', {
      engagementId: engagement.id,
      instrumentId: summary.id,
      format: 'csv',
    });
    const path = join(tempDir(), 'responses.csv');
    writeFileSync(path, file.bytes);
    if (summary.engagementRespondents > 0) {
      const { json } = await analyze({
        instrument: summary.builtin
          ? summary.key
          : (() => {
              const instrumentFile = join(tempDir(), 'instrument.json');
              writeFileSync(instrumentFile, JSON.stringify(instrument));
              return instrumentFile;
            })(),
        responses: path,
        groupColumn: engagement.language === 'nl' ? 'Groep' : 'Group',
        anonymityThreshold: engagement.anonymityThreshold,
      });
      if (json.total) addResultBlock(shown, json.total, instrument);
      for (const group of json.groups)
        if (!group.suppressed) addResultBlock(shown, group, instrument);
      shown.tally(
        `analyze ${summary.key}`,
        json.total?.respondents,
        json.groups.map((group) => (group.suppressed ? null : group.respondents)),
        json.pooledRespondents,
      );
    }
  }

  // The Kloof tab and its export: every family, all groups. The analysis as the export writes
  // it, every figure of every row; the tab (`gaps.analyse`) is sent a part of it (gaps/view.ts).
  const first = analyseEngagementGaps(workspace, { engagementId: engagement.id });
  const analyses = [first];
  for (const choice of first.familyChoices.slice(1)) {
    analyses.push(
      analyseEngagementGaps(workspace, { engagementId: engagement.id, family: choice.family }),
    );
  }
  for (const analysis of analyses) {
    const choice = analysis.familyChoices.find(
      (candidate) => candidate.family === analysis.family.family,
    );
    shown.tally(
      `kloof ${analysis.family.family}`,
      choice?.respondents,
      analysis.groups.map((group) => group.respondents),
    );
    const dimensionOf = new Map(analysis.items.map((item) => [item.id, item.dimension]));
    const basisKeys = (basisId: string) => {
      const basis = analysis.bases.find((candidate) => candidate.id === basisId)!;
      return {
        dimension: (code: string) =>
          scoreKey(
            code,
            basis.statementIds.filter((id) => dimensionOf.get(id) === code),
          ),
        overall: scoreKey('overall', basis.statementIds),
      };
    };
    for (const profile of analysis.profiles) {
      for (const scores of [profile.own, profile.common]) {
        const keys = basisKeys(scores.basisId);
        scores.items.forEach((item, index) =>
          shown.summary(statementKey(analysis.items[index]!.id), item),
        );
        scores.dimensions.forEach((dimension, index) =>
          shown.summary(keys.dimension(analysis.dimensions[index]!.code), dimension),
        );
        shown.summary(keys.overall, scores.overall);
      }
    }
    for (const comparison of analysis.comparisons) {
      const keys = basisKeys(comparison.basisId);
      for (const row of comparison.items) {
        shown.add(statementKey(row.id), row.nA, row.meanA, row.sdA);
        shown.add(statementKey(row.id), row.nB, row.meanB, row.sdB);
      }
      for (const row of [...comparison.dimensions, comparison.overall]) {
        const key = row.code === 'overall' ? keys.overall : keys.dimension(row.code);
        shown.add(key, row.nA, row.meanA, row.sdA);
        shown.add(key, row.nB, row.meanB, row.sdB);
      }
    }
  }

  // The report's data: its whole-sample count is the Results total of its instrument.
  const report = prepareReportData(source);
  expect(report.questionnaire?.respondents ?? null).toBe(reportTotal);
  for (const group of report.groups) {
    const kloof = first.groups.find((candidate) => candidate.groupId === group.id);
    expect(group.respondents).toBe(kloof?.respondents);
  }
  return shown;
}

function figureOf(values: number[]): Figure {
  return {
    n: values.length,
    sum: values.reduce((a, b) => a + b, 0),
    squares: values.reduce((a, b) => a + b * b, 0),
  };
}

interface Target {
  label: string;
  size: number;
  figures: Map<string, Figure>;
  distributions: Map<string, number[]>;
}

/** A suppressed group's own figures, per statement and per score on every basis shown. */
function targetsOf(workspace: Workspace, engagement: Engagement, shown: Shown): Target[] {
  const versions = workspace.instruments.forEngagement(engagement.id);
  const groupIds = engagement.groups.map((group) => group.id);
  const loaded = versions.map((summary) => {
    const { instrument } = workspace.instruments.get(summary.id);
    return {
      summary,
      instrument,
      matrix: workspace.respondents.loadMatrix(engagement.id, summary.id, instrument, groupIds),
    };
  });
  const sizes = engagement.groups.map((_, g) =>
    loaded.reduce((sum, { matrix }) => sum + matrix.groupOf.filter((x) => x === g).length, 0),
  );
  const threshold = engagement.anonymityThreshold;
  const targets: Target[] = [];
  engagement.groups.forEach((group, g) => {
    if (sizes[g]! === 0 || sizes[g]! >= threshold) return;
    const figures = new Map<string, Figure>();
    const distributions = new Map<string, number[]>();
    for (const family of new Set(loaded.map(({ instrument }) => instrument.family))) {
      const members = loaded.filter(({ instrument }) => instrument.family === family);
      // Every respondent counts here: the suppressed group's answers as scored values.
      const built = buildFamily(
        members.map(({ summary, instrument, matrix }): FamilyVersion => ({
          instrumentId: summary.id,
          instrument,
          matrix,
        })),
        1,
      );
      const rows = [...built.matrix.groupOf.keys()].filter((r) => built.matrix.groupOf[r] === g);
      const width = built.statements.length;
      built.statements.forEach((statement, column) => {
        const values = rows
          .map((r) => built.matrix.values[r * width + column]!)
          .filter((x) => !Number.isNaN(x));
        if (values.length === 0) return;
        figures.set(statementKey(statement.id), figureOf(values));
        if (statement.kind === 'likert') {
          const template = members[0]!.instrument;
          const counts = new Array<number>(template.scale.max - template.scale.min + 1).fill(0);
          for (const x of values) counts[x - template.scale.min]!++;
          distributions.set(statementKey(statement.id), counts);
        }
      });
      // Scores on every set of statements a shown score rests on.
      for (const key of shown.figures.keys()) {
        if (!key.startsWith('score:')) continue;
        const [, dimension, list] = key.split(':') as [string, string, string];
        const ids = new Set(list.split(','));
        const statements = built.statements.filter((s) => s.kind === 'likert' && ids.has(s.id));
        if (statements.length === 0 || statements.length !== ids.size) continue;
        const instrument: Instrument = {
          ...members[0]!.instrument,
          items: statements.map((s): Item => ({
            id: s.id,
            linkedTo: null,
            code: s.id,
            kind: 'likert',
            text: s.text,
            dimension: s.dimension,
            reverse: false,
            need: null,
          })),
        };
        const model = buildScoringModel(instrument, built.matrix.itemCodes, {
          minAnsweredFraction: engagement.minAnsweredFraction,
        });
        const scored = scoreRespondents(built.matrix, model);
        const index = model.dimensions.findIndex((d) => d.code === dimension);
        const column =
          dimension === 'overall' ? scored.layout.overall : scored.layout.dimensions + index;
        if (dimension !== 'overall' && index < 0) continue;
        const values = rows
          .map((r) => scored.values[r * scored.layout.stride + column]!)
          .filter((x) => !Number.isNaN(x));
        if (values.length > 0) figures.set(key, figureOf(values));
      }
    }
    targets.push({ label: group.name, size: sizes[g]!, figures, distributions });
  });
  return targets;
}

function disclosures(shown: Shown, targets: Target[], threshold = 5): string[] {
  const found: string[] = [];
  for (const target of targets) {
    for (const [key, figure] of target.figures) {
      const parts = shown.figures.get(key) ?? [];
      if (reachable(parts, figure, addFigures, { n: 0, sum: 0, squares: 0 }, sameFigure)) {
        found.push(`${target.label}: ${key} (n = ${figure.n})`);
      }
    }
    for (const [key, counts] of target.distributions) {
      const parts = shown.distributions.get(key) ?? [];
      const zero = counts.map(() => 0);
      if (reachable(parts, counts, addVectors, zero, sameVector)) {
        found.push(`${target.label}: distribution of ${key}`);
      }
    }
  }
  for (const tally of shown.tallies) {
    const rest = tally.total - tally.parts.reduce((sum, part) => sum + part, 0);
    if (rest !== tally.pooled || (rest > 0 && rest < threshold)) {
      found.push(`${tally.surface}: total ${tally.total} minus the shown groups leaves ${rest}`);
    }
  }
  return found;
}

/** A seeded engagement: two staff groups, two small ones (pooled, 2 + 3), and customers. */
function seededEngagement(workspace: Workspace): Engagement {
  const engagement = workspace.engagements.create(
    newEngagement('Zaadje BV', [
      { name: 'Werkplaats', kind: 'department', description: '' },
      { name: 'Binnendienst', kind: 'department', description: '' },
      { name: 'Directie', kind: 'management', description: '' },
      { name: 'Service', kind: 'department', description: '' },
      { name: 'Afnemers', kind: 'customer', description: '' },
    ]),
  );
  const staffId = workspace.instruments.latestByKey('klantgerichtheidsscan')!;
  const customerId = workspace.instruments.latestByKey('klantgerichtheidsscan-klant')!;
  const next = seededRandom(9_403);
  const sizes = [10, 11, 2, 3, 15];
  let number = 0;
  engagement.groups.forEach((group, g) => {
    const instrumentId = group.kind === 'customer' ? customerId : staffId;
    const { instrument } = workspace.instruments.get(instrumentId);
    workspace.instruments.attach(engagement.id, instrumentId);
    workspace.respondents.insertMany(
      engagement.id,
      instrumentId,
      'grid',
      Array.from({ length: sizes[g]! }, () => {
        const lean = 1 + g * 0.6 + next();
        const answers: Record<string, number> = {};
        for (const item of instrument.items) {
          if (!SCORED.has(item.kind) || next() < 0.08) continue;
          const scale = item.kind === 'likert' ? instrument.scale : instrument.needsScale;
          answers[item.code] = Math.max(
            scale.min,
            Math.min(scale.max, Math.round(lean + next() * 2.2)),
          );
        }
        return { groupId: group.id, code: `Z${++number}`, role: '', answers };
      }),
    );
  });
  return workspace.engagements.get(engagement.id);
}

describe('no suppressed group can be worked out from what is shown', () => {
  it('on the sample engagement', async () => {
    const workspace = tempWorkspace();
    const engagement = createSampleEngagement(workspace, 'nl');
    const shown = await collect(setting(workspace, engagement));
    const targets = targetsOf(workspace, engagement, shown);
    expect(targets.map((target) => target.label)).toEqual(['Management']);
    // The check has something to bite on: many shown figures about the statements Management answered.
    expect(targets[0]!.figures.size).toBeGreaterThan(30);
    expect(shown.figures.size).toBeGreaterThan(40);
    expect(shown.tallies.length).toBeGreaterThanOrEqual(5);
    expect(disclosures(shown, targets)).toEqual([]);
  }, 120_000);

  it('on a seeded engagement with two small groups that together may be pooled', async () => {
    const workspace = tempWorkspace();
    const engagement = seededEngagement(workspace);
    const shown = await collect(setting(workspace, engagement));
    const targets = targetsOf(workspace, engagement, shown);
    expect(targets.map((target) => target.label)).toEqual(['Directie', 'Service']);
    expect(disclosures(shown, targets)).toEqual([]);
    // Their pooled block (5, the threshold) is in the staff total, and only that block can be worked out.
    const staff = workspace.instruments.latestByKey('klantgerichtheidsscan')!;
    const results = await setting(workspace, engagement).call('questionnaire.results', {
      engagementId: engagement.id,
      instrumentId: staff,
    });
    expect(results.pooledRespondents).toBe(5);
    expect(results.total?.respondents).toBe(10 + 11 + 5);
  }, 120_000);

  it('would catch the old whole-sample total that included a suppressed group', async () => {
    // The detector itself: total − shown groups = the suppressed group.
    const shown = new Shown();
    shown.add('statement:x', 30, 3.5, 1);
    shown.add('statement:x', 14, 4, 0.5);
    shown.add('statement:x', 12, 3, 0.8);
    const [total, production, sales] = shown.figures.get('statement:x')!;
    const target: Target = {
      label: 'Management',
      size: 4,
      figures: new Map([
        ['statement:x', addFigures(addFigures(total!, production!, -1), sales!, -1)],
      ]),
      distributions: new Map(),
    };
    shown.tally('old results', 30, [14, 12]);
    expect(disclosures(shown, [target])).toEqual([
      'Management: statement:x (n = 4)',
      'old results: total 30 minus the shown groups leaves 4',
    ]);
  });
});

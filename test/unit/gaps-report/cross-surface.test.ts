/**
 * One comparison, one set of numbers: the Kloof tab (`gaps.analyse`), its export (`gaps.export`),
 * `klantspiegel analyze --json` on the exported responses, and the Word report all show the
 * same figures for the same comparison, because one function (`analyseFamily`) computes them.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { analyze } from '@main/cli/analyze';
import { generateReport } from '@main/core/report/generate';
import { loadReportSource } from '@main/core/report/assemble';
import { createSampleEngagement } from '@main/core/sample/sample-engagement';
import type { Workspace } from '@main/core/workspace';
import type { Engagement } from '@shared/engagements/model';
import type { GapRow } from '@shared/gaps';
import { SHOWN_GAP_FIGURES, shownComparison } from '@shared/gaps/view';
import { prepareReportData } from '@shared/report/anonymity';
import { interval, num, pValue } from '@shared/report/format';
import type { CallArg } from '@shared/ipc';
import { testDispatcher } from '@test/support/dispatcher';
import { tempDir, tempWorkspace } from '@test/support/temp-workspace';
import { paragraphs, readDocx, tables } from '@test/unit/report/read-docx';

function caller(workspace: Workspace) {
  return testDispatcher(workspace).call;
}

/** The sample's staff answers only: an engagement all four surfaces analyse in full. */
function staffOnlyEngagement(): { workspace: Workspace; engagement: Engagement } {
  const workspace = tempWorkspace();
  const sample = createSampleEngagement(workspace, 'nl');
  const customers = sample.groups.find((group) => group.kind === 'customer')!;
  const customerVersion = workspace.instruments.latestByKey('klantgerichtheidsscan-klant')!;
  for (const respondent of workspace.respondents.list(sample.id, customerVersion)) {
    workspace.respondents.delete(respondent.id, sample.id);
  }
  workspace.instruments.detach(sample.id, customerVersion);
  const engagement = workspace.engagements.deleteGroup(sample.id, customers.id);
  return { workspace, engagement };
}

/**
 * Every figure of a comparison row the Kloof tab shows (it is sent only those, gaps/view.ts), and
 * whether it is notable and why not computable. The export is compared with the command line on
 * the figures only they write.
 */
const FIELDS = [...SHOWN_GAP_FIGURES, 'large', 'notable', 'status'] as const;

const pick = (row: Pick<GapRow, (typeof FIELDS)[number]>) =>
  Object.fromEntries(FIELDS.map((field) => [field, row[field]]));

type ExportedFields = 'code' | 'diff' | 'shownDiff' | 'ciLow' | 'pHolm' | 'g' | 'notable';
/** A comparison of `analyze --json`: the groups by name, every figure of every row. */
interface ComparisonRows {
  groupA: string;
  groupB: string;
  items: Pick<GapRow, ExportedFields>[];
  dimensions: Pick<GapRow, ExportedFields>[];
  overall: Pick<GapRow, ExportedFields>;
}

async function cliComparisons(
  workspace: Workspace,
  call: ReturnType<typeof caller>,
  engagement: Engagement,
) {
  const staff = workspace.instruments.latestByKey('klantgerichtheidsscan')!;
  const file = await call('exports.responses', {
    engagementId: engagement.id,
    instrumentId: staff,
    format: 'csv',
  });
  const path = join(tempDir(), 'antwoorden.csv');
  writeFileSync(path, file.bytes);
  const { json } = await analyze({
    instrument: 'klantgerichtheidsscan',
    responses: path,
    groupColumn: 'Groep',
    anonymityThreshold: engagement.anonymityThreshold,
    minAnsweredFraction: engagement.minAnsweredFraction,
  });
  return json;
}

/** The export's rows as numbers (its CSV writes Dutch decimal commas). */
async function exportedRows(
  call: ReturnType<typeof caller>,
  arg: Omit<CallArg<'gaps.export'>, 'format'>,
) {
  const file = await call('gaps.export', { ...arg, format: 'csv' });
  const text = new TextDecoder().decode(file.bytes).replace(/^\uFEFF/, '');
  const [header, ...rows] = Papa.parse<string[]>(text, { skipEmptyLines: true }).data;
  const number = (cell: string) => (cell === '' ? null : Number(cell.replace(',', '.')));
  return rows.map((cells) => {
    const at = (name: string) => cells[header!.indexOf(name)] ?? '';
    return {
      code: at('Code'),
      a: at('Groep A'),
      b: at('Groep B'),
      diff: number(at('Verschil')),
      shownDiff: number(at('Verschil (getoond)')),
      ciLow: number(at('BI laag')),
      pHolm: number(at('p (Holm, alle vergelijkingen)')),
      g: number(at('Hedges g')),
      notable: at('Opvallend') === 'TRUE',
    };
  });
}

function sameAsExport(comparison: ComparisonRows, rows: Awaited<ReturnType<typeof exportedRows>>) {
  for (const row of [...comparison.dimensions, comparison.overall, ...comparison.items]) {
    const exported = rows.find(
      (candidate) =>
        candidate.code === row.code &&
        candidate.a === comparison.groupA &&
        candidate.b === comparison.groupB,
    )!;
    expect(exported, `${comparison.groupA}–${comparison.groupB} ${row.code}`).toBeDefined();
    for (const field of ['diff', 'shownDiff', 'ciLow', 'pHolm', 'g'] as const) {
      const value = row[field];
      if (value === null) expect(exported[field]).toBeNull();
      else expect(exported[field]).toBeCloseTo(value, 12);
    }
    expect(exported.notable).toBe(row.notable);
  }
}

describe('the same comparison on every surface', () => {
  it('gives the Kloof tab, its export, analyze --json and the Word report the same numbers', async () => {
    const { workspace, engagement } = staffOnlyEngagement();
    const call = caller(workspace);
    const kloof = await call('gaps.analyse', { engagementId: engagement.id });
    expect(kloof.comparisons.map((c) => [c.nameA, c.nameB])).toEqual([
      ['Productie', 'Verkoop / Commercie'],
    ]);

    // analyze --json on the exported responses: the same rows, field for field.
    const json = await cliComparisons(workspace, call, engagement);
    expect(json.comparisons).toHaveLength(1);
    const [fromKloof] = kloof.comparisons.map(shownComparison);
    const [fromCli] = json.comparisons;
    expect(fromCli!.dimensions.map(pick)).toEqual(fromKloof!.dimensions.map(pick));
    expect(fromCli!.items.map(pick)).toEqual(fromKloof!.items.map(pick));
    expect(pick(fromCli!.overall)).toEqual(pick(fromKloof!.overall));
    expect(json.anova).toEqual(kloof.anova);
    expect(json.multiplicity).toEqual(kloof.multiplicity);
    expect(json.largestGaps.map((gap) => [gap.dimension, gap.diff, gap.pHolm, gap.rank])).toEqual(
      kloof.largestGaps.map((gap) => [gap.code, gap.diff, gap.pHolm, gap.rank]),
    );

    // The export: every row of the comparison, with the figures the tab is not sent.
    sameAsExport(fromCli!, await exportedRows(call, { engagementId: engagement.id }));

    // The report's data: the largest gaps, exactly.
    const data = prepareReportData(
      loadReportSource(workspace, engagement.id, { instrumentId: null }, 'Bureau'),
    );
    expect(
      data.gaps!.largest.map((gap) => [
        gap.higher,
        gap.lower,
        gap.meanHigher,
        gap.meanLower,
        gap.diff,
        gap.ciLow,
        gap.g,
        gap.pHolm,
      ]),
    ).toEqual(
      kloof.largestGaps.map((gap) => [
        gap.higherName,
        gap.lowerName,
        gap.meanHigher,
        gap.meanLower,
        gap.diff,
        gap.ciLow,
        gap.g,
        gap.pHolm,
      ]),
    );

    // The Word document: the largest-gaps table prints those numbers, and the sentence too.
    const docx = readDocx(
      (await generateReport(workspace, engagement.id, () => {}, '2026-12-15')).bytes,
    );
    const gapTable = tables(docx.document)
      .map((table) => paragraphs(table).map((paragraph) => paragraph.text))
      .find((cells) => cells[0] === 'Rang')!;
    expect(gapTable).toBeDefined();
    const cellsPerRow = 8;
    kloof.largestGaps.forEach((gap, index) => {
      const row = gapTable.slice(cellsPerRow * (index + 1), cellsPerRow * (index + 2));
      expect(row).toEqual([
        `${gap.rank}${gap.tied ? '=' : ''}`,
        gap.label.nl,
        `${gap.higherName} (${num(gap.meanHigher, 'nl', 2)})`,
        `${gap.lowerName} (${num(gap.meanLower, 'nl', 2)})`,
        num(gap.diff, 'nl', 2),
        interval(gap.ciLow, gap.ciHigh, 'nl', 2),
        num(gap.g, 'nl', 2),
        pValue(gap.pHolm, 'nl'),
      ]);
    });
    const first = kloof.largestGaps[0]!;
    expect(docx.text).toContain(
      `${first.higherName} scoort ${num(first.diff, 'nl', 2)} punt hoger (${num(first.meanHigher, 'nl', 2)} tegen ${num(first.meanLower, 'nl', 2)})`,
    );
  }, 120_000);

  it('keeps Production against Sales the same with the customers selected, as the CLI computes it', async () => {
    const workspace = tempWorkspace();
    const engagement = createSampleEngagement(workspace, 'nl');
    const call = caller(workspace);
    const [production, sales] = engagement.groups.map((group) => group.id) as [number, number];
    const all = await call('gaps.analyse', { engagementId: engagement.id });
    const two = await call('gaps.analyse', {
      engagementId: engagement.id,
      groupIds: [production, sales],
    });
    const json = await cliComparisons(workspace, call, engagement);
    const statistics = (row: Pick<GapRow, (typeof FIELDS)[number]>) => {
      const { pHolm: _p, notable: _n, ...rest } = pick(row);
      return rest;
    };
    // Every figure of the comparison itself is the same whichever groups are selected …
    const fromAll = shownComparison(
      all.comparisons.find((c) => c.groupA === production && c.groupB === sales)!,
    );
    expect(fromAll.dimensions.map(statistics)).toEqual(
      json.comparisons[0]!.dimensions.map(statistics),
    );
    expect(fromAll.items.map(statistics)).toEqual(json.comparisons[0]!.items.map(statistics));
    // … and with the same selection, so is the correction for the comparisons made.
    expect(shownComparison(two.comparisons[0]!).dimensions.map(pick)).toEqual(
      json.comparisons[0]!.dimensions.map(pick),
    );
    sameAsExport(
      json.comparisons[0]!,
      await exportedRows(call, { engagementId: engagement.id, groupIds: [production, sales] }),
    );
    // The report (all groups) prints the Kloof tab's figures for the same selection.
    const data = prepareReportData(
      loadReportSource(workspace, engagement.id, { instrumentId: null }, 'Bureau'),
    );
    expect(data.gaps!.largest.map((gap) => [gap.diff, gap.pHolm])).toEqual(
      all.largestGaps.map((gap) => [gap.diff, gap.pHolm]),
    );
    expect(data.gaps!.blindSpots[0]!.rows.map((row) => row.diff)).toEqual(
      all.blindSpots[0]!.dimensions.map((row) => row.shownDiff),
    );
  }, 120_000);
});

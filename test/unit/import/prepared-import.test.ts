/**
 * An import reads and maps the file once: the commit of the file just analysed stores the rows
 * the analysis found (the ones its preview showed), and only when nothing they depend on has
 * changed since; otherwise it reads the file again, as before.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { preparedImportsOf } from '@main/core/import/prepared-imports';
import type { Workspace } from '@main/core/workspace';
import { testDispatcher } from '@test/support/dispatcher';
import { tempWorkspace } from '@test/support/temp-workspace';

const SAMPLES = 'test/fixtures/samples';
const survey = () => ({
  fileName: 'google-forms-export.csv',
  bytes: new Uint8Array(readFileSync(`${SAMPLES}/google-forms-export.csv`)),
});

async function engagement(workspace: Workspace = tempWorkspace()) {
  const api = testDispatcher(workspace);
  const created = await api.call('engagements.create', {
    clientName: 'Metaal BV',
    language: 'nl',
    groups: [
      { name: 'Productie', kind: 'department' },
      { name: 'Verkoop / Commercie', kind: 'department' },
      { name: 'Management', kind: 'management' },
    ],
  });
  const { id: instrumentId } = await api.call('instruments.importFile', {
    fileName: 'mini-scan.instrument.json',
    bytes: new Uint8Array(readFileSync(`${SAMPLES}/mini-scan.instrument.json`)),
  });
  const request = { engagementId: created.id, instrumentId, file: survey() };
  const stored = () =>
    workspace.respondents
      .list(created.id, instrumentId)
      .map(({ code, groupId, answers }) => ({ code, groupId, answers }));
  return { ...api, workspace, engagement: created, instrumentId, request, stored };
}

describe('import read and mapped once', () => {
  it('stores the analysed rows at commit, the same rows a commit of its own would store', async () => {
    const analysed = await engagement();
    const analysis = await analysed.call('import.analyse', analysed.request);
    expect(analysis.preview.canImport).toBe(true);
    expect(preparedImportsOf(analysed.workspace).size).toBe(1);
    const result = await analysed.call('import.commit', {
      ...analysed.request,
      mapping: analysis.mapping,
    });
    // The prepared rows were used (and are gone: one commit per analysis).
    expect(preparedImportsOf(analysed.workspace).size).toBe(0);
    expect(result).toEqual({
      imported: analysis.preview.summary.respondents,
      skippedRows: analysis.preview.summary.skippedRows,
    });

    // The same file committed without an analysis before it: read, mapped and checked anew.
    const direct = await engagement();
    const directResult = await direct.call('import.commit', {
      ...direct.request,
      mapping: analysis.mapping,
    });
    expect(directResult).toEqual(result);
    expect(analysed.stored()).toEqual(direct.stored());
    expect(analysed.stored().length).toBeGreaterThan(0);
  });

  it('reads the file again when the mapping changed after the analysis', async () => {
    const { call, request, workspace, stored } = await engagement();
    const analysis = await call('import.analyse', request);
    const first = analysis.mapping.columns.find((column) => column.target.kind === 'item')!;
    const skippedCode = first.target.kind === 'item' ? first.target.itemCode : '';
    // The consultant leaves one statement column out after seeing the preview.
    const mapping = {
      ...analysis.mapping,
      columns: analysis.mapping.columns.map((column) =>
        column === first
          ? { ...column, target: { kind: 'ignore' as const }, reason: 'manual' as const }
          : column,
      ),
    };
    await call('import.commit', { ...request, mapping });
    expect(preparedImportsOf(workspace).size).toBe(1); // not the analysed rows
    const answers = stored().map((respondent) => respondent.answers);
    expect(answers.length).toBeGreaterThan(0);
    expect(answers.some((answer) => skippedCode in answer)).toBe(false);
  });

  it('checks the file again when respondents were added since the analysis', async () => {
    const {
      call,
      request,
      engagement: created,
      instrumentId,
      workspace,
      stored,
    } = await engagement();
    const analysis = await call('import.analyse', request);
    // The file has no codes: the analysis gave its respondents R001, R002, … Meanwhile R001 is
    // typed into the grid, so the analysed rows would clash with it.
    const code = analysis.preview.sampleRespondents[0]!.code;
    expect(code).toBe('R001');
    await call('respondents.save', {
      engagementId: created.id,
      instrumentId,
      code,
      groupId: created.groups[0]!.id,
      answers: {},
    });
    const result = await call('import.commit', { ...request, mapping: analysis.mapping });
    expect(preparedImportsOf(workspace).size).toBe(1); // not used: the codes changed
    const codes = stored().map((respondent) => respondent.code);
    expect(codes).toHaveLength(result.imported + 1);
    expect(new Set(codes).size).toBe(codes.length);
  });

  it('commits the analysed file named by its hash, without sending it again', async () => {
    const { call, fail, request, stored, workspace } = await engagement();
    const analysis = await call('import.analyse', request);
    expect(analysis.sha256).toMatch(/^[0-9a-f]{64}$/);
    const analysed = { fileName: request.file.fileName, sha256: analysis.sha256 };
    const result = await call('import.commit', {
      ...request,
      file: analysed,
      mapping: analysis.mapping,
    });
    expect(result.imported).toBe(analysis.preview.summary.respondents);
    expect(stored()).toHaveLength(result.imported);
    expect(preparedImportsOf(workspace).size).toBe(0);

    // Those rows are stored now: by its hash alone the file cannot be imported again (its codes
    // are taken, and the rows are gone), and nothing more is written.
    const error = await fail('import.commit', {
      ...request,
      file: analysed,
      mapping: analysis.mapping,
    });
    expect(error.key).toBe('import.analysisGone');
    expect(stored()).toHaveLength(result.imported);
  });

  it('refuses a hash that names no analysed file, and a malformed one', async () => {
    const { call, fail, request, stored } = await engagement();
    const analysis = await call('import.analyse', request);
    const other = { fileName: 'other.csv', sha256: '0'.repeat(64) };
    const commit = (file: unknown) =>
      fail('import.commit', { ...request, file: file as never, mapping: analysis.mapping });
    expect((await commit(other)).key).toBe('import.analysisGone');
    expect((await commit({ fileName: 'x.csv', sha256: 'not a hash' })).key).toBe(
      'errors.validation',
    );
    expect(stored()).toEqual([]);
  });

  it('keeps only the last analyses of a workspace', async () => {
    const { call, request, workspace } = await engagement();
    const analysis = await call('import.analyse', request);
    const groupIds = workspace.engagements.get(request.engagementId).groups.map(({ id }) => id);
    for (const defaultGroupId of groupIds) {
      await call('import.analyse', { ...request, mapping: analysis.mapping, defaultGroupId });
    }
    expect(preparedImportsOf(workspace).size).toBe(2);
  });

  it('stores open answers with quotes, line breaks and accents exactly, also in the open answers', async () => {
    const question = 'Wat zou onze organisatie als eerste moeten verbeteren?';
    // Five answers: the group must reach the anonymity threshold to be listed.
    const texts = [
      'Zeg "nee" \\ soms',
      'Eerste regel\nTweede regel',
      'Één café 🙂',
      '',
      'Vijf',
      'Zes',
    ];
    const lines = [`Id;Afdeling;KK1;KK2;${question}`];
    texts.forEach((text, index) =>
      lines.push(
        `R${index + 1};Productie;${index % 2 === 0 ? 4 : ''};2;"${text.replaceAll('"', '""')}"`,
      ),
    );
    const file = { fileName: 'export.csv', bytes: new TextEncoder().encode(lines.join('\r\n')) };
    const storedAfter = async (analyseFirst: boolean) => {
      const workspace = tempWorkspace();
      const { call } = testDispatcher(workspace);
      const created = await call('engagements.create', {
        clientName: 'Metaal BV',
        language: 'nl',
        groups: [{ name: 'Productie', kind: 'department' }],
      });
      const instrumentId = workspace.instruments.latestByKey('klantgerichtheidsscan')!;
      await call('questionnaire.attach', { engagementId: created.id, instrumentId });
      const request = { engagementId: created.id, instrumentId, file };
      const { mapping } = await call('import.analyse', request);
      await call('import.commit', {
        ...request,
        engagementId: created.id,
        mapping,
        ...(analyseFirst ? {} : { defaultGroupId: created.groups[0]!.id }),
      });
      const answers = workspace.respondents
        .list(created.id, instrumentId)
        .map(({ code, answers }) => ({ code, answers }));
      const open = await call('openAnswers.list', { engagementId: created.id });
      return { answers, open: open.questions.flatMap((q) => q.blocks.flatMap((b) => b.answers)) };
    };
    const prepared = await storedAfter(true);
    expect(prepared.answers).toEqual([
      { code: 'R1', answers: { KK1: 4, KK2: 2, OPEN_IMPROVE: 'Zeg "nee" \\ soms' } },
      { code: 'R2', answers: { KK2: 2, OPEN_IMPROVE: 'Eerste regel\nTweede regel' } },
      { code: 'R3', answers: { KK1: 4, KK2: 2, OPEN_IMPROVE: 'Één café 🙂' } },
      { code: 'R4', answers: { KK2: 2 } },
      { code: 'R5', answers: { KK1: 4, KK2: 2, OPEN_IMPROVE: 'Vijf' } },
      { code: 'R6', answers: { KK2: 2, OPEN_IMPROVE: 'Zes' } },
    ]);
    // Read anew at commit (another default group: the analysis' rows do not apply): the same.
    expect((await storedAfter(false)).answers).toEqual(prepared.answers);
    expect(prepared.open.map((answer) => answer.text)).toEqual(texts.filter((text) => text !== ''));
  });
});

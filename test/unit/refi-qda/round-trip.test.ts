import { execFileSync, spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import type { Engagement } from '@shared/engagements/model';
import type { Quote, Theme } from '@shared/interviews/model';
import { themePath } from '@shared/interviews/themes';
import { readableFileName } from '@shared/util/file-name';
import { createSampleEngagement } from '@main/core/sample/sample-engagement';
import type { Workspace } from '@main/core/workspace';
import { tempDir, tempWorkspace } from '@test/support/temp-workspace';
import { testDispatcher } from '@test/support/dispatcher';
import { createEngagement } from '../interviews/helpers';

const SCHEMA = 'test/fixtures/refi-qda/Project-mrt2019.xsd';
const hasXmllint = spawnSync('xmllint', ['--version']).status === 0;

/** Validates project.qde of a .qdpx against the REFI-QDA schema; throws with xmllint's words. */
export function validateProject(qdpx: Uint8Array): string {
  const files = unzipSync(qdpx);
  const project = files['project.qde'];
  if (!project) throw new Error('no project.qde in the .qdpx');
  const file = join(tempDir(), 'project.qde');
  writeFileSync(file, project);
  execFileSync('xmllint', ['--noout', '--schema', SCHEMA, file], { stdio: 'pipe' });
  return strFromU8(project);
}

/** What must survive the trip: themes, passages with their codes, memos. */
async function coding(workspace: Workspace, engagement: Engagement) {
  const { call } = testDispatcher(workspace);
  const themes: Theme[] = await call('interviews.themes.list', { engagementId: engagement.id });
  const passages: Quote[] = await call('interviews.quotes.list', {
    engagementId: engagement.id,
    includeCodings: true,
  });
  const memos = await call('interviews.memos.list', { engagementId: engagement.id });
  const themeName = (id: number) =>
    themePath(
      themes.find((theme) => theme.id === id)!,
      themes,
    );
  return {
    themes: themes
      .map(
        (theme) => `${themePath(theme, themes)} ${theme.colour.toLowerCase()} ${theme.description}`,
      )
      .sort(),
    passages: passages
      .map(
        (passage) =>
          `${passage.isQuote ? 'quote' : 'coded'} | ${passage.text} | ${passage.themeIds.map(themeName).sort().join(', ')}`,
      )
      .sort(),
    memos: memos
      .map((memo) =>
        memo.target.kind === 'theme'
          ? `theme ${themeName(memo.target.id)}: ${memo.text}`
          : `${memo.target.kind}: ${memo.text}`,
      )
      .sort(),
  };
}

async function codedSample(workspace: Workspace) {
  const sample = createSampleEngagement(workspace, 'nl');
  const { call } = testDispatcher(workspace);
  const [interview] = await call('interviews.list', { engagementId: sample.id });
  const themes = await call('interviews.themes.list', { engagementId: sample.id });
  const detail = await call('interviews.get', { id: interview!.id });
  const section = detail.notes[0]!;
  // A coded passage (no quote) over part of a quote, with two themes, marked in the notes.
  const [first] = (await call('interviews.quotes.list', { engagementId: sample.id })).filter(
    (quote) => quote.interviewId === interview!.id && quote.sectionKey === section.sectionKey,
  );
  const words = first!.text.split(' ').slice(0, 3).join(' ');
  const coded = await call('interviews.quotes.create', {
    interviewId: interview!.id,
    sectionKey: section.sectionKey,
    text: words,
    themeIds: [themes[0]!.id, themes[1]!.id],
    isQuote: false,
  });
  const doc = structuredClone(section.doc);
  const paragraph = doc.content!.find((node) =>
    node.content?.some((child) => child.marks?.some((mark) => mark.attrs?.id === first!.id)),
  )!;
  const [run, ...rest] = paragraph.content!;
  paragraph.content = [
    {
      ...run!,
      text: words,
      marks: [...(run!.marks ?? []), { type: 'passage', attrs: { id: coded.id } }],
    },
    { ...run!, text: run!.text!.slice(words.length) },
    ...rest,
  ];
  await call('interviews.notes.save', {
    interviewId: interview!.id,
    sectionKey: section.sectionKey,
    doc,
  });
  await call('interviews.memos.save', {
    engagementId: sample.id,
    target: { kind: 'engagement' },
    text: 'Rode draad: beloften van verkoop.\nTweede regel.',
  });
  await call('interviews.memos.save', {
    engagementId: sample.id,
    target: { kind: 'interview', id: interview!.id },
    text: 'Open gesprek — veel voorbeelden & details <geen> opmaak.',
  });
  await call('interviews.memos.save', {
    engagementId: sample.id,
    target: { kind: 'theme', id: themes[0]!.id },
    text: 'Komt in bijna elk gesprek terug.',
  });
  return sample;
}

describe('REFI-QDA exchange', () => {
  it.skipIf(!hasXmllint)(
    'a .qdpx export validates against the REFI-QDA schema and imports into a fresh workspace with the same codes, selections and memos (skipped without xmllint)',
    async () => {
      const source = tempWorkspace();
      const sample = await codedSample(source);
      const exported = await testDispatcher(source).call('exchange.export', {
        engagementId: sample.id,
        format: 'qdpx',
      });
      expect(exported.fileName).toBe(`${readableFileName(sample.clientName)}.qdpx`);
      const xml = validateProject(exported.bytes);
      expect(xml).toContain('<Code guid=');
      expect(xml).toContain('name="Citaat"');

      const target = tempWorkspace();
      // The same perspectives as the original, so interviews find their group by name.
      const fresh = target.engagements.create({
        ...createEngagement(target, 'Import'),
        clientName: 'Import met groepen',
        groups: sample.groups.map(({ name, kind, description }) => ({ name, kind, description })),
      });
      const summary = await testDispatcher(target).call('exchange.import', {
        engagementId: fresh.id,
        fileName: exported.fileName,
        bytes: new Uint8Array(exported.bytes),
      });
      const before = await coding(source, sample);
      const after = await coding(target, fresh);
      expect(after).toEqual(before);
      expect(summary).toMatchObject({
        interviews: 9,
        passages: before.passages.length,
        themesCreated: before.themes.length,
        themesReused: 0,
        memos: 3,
        skippedSources: 0,
        skippedSelections: 0,
      });
      // The interviews carry their kind, group and date as variables.
      const interviews = await testDispatcher(target).call('interviews.list', {
        engagementId: fresh.id,
      });
      const original = await testDispatcher(source).call('interviews.list', {
        engagementId: sample.id,
      });
      expect(
        interviews.map((interview) => [interview.kind, interview.groupName, interview.date]).sort(),
      ).toEqual(
        original.map((interview) => [interview.kind, interview.groupName, interview.date]).sort(),
      );

      // The same engagement exported twice gives the same bytes.
      const again = await testDispatcher(source).call('exchange.export', {
        engagementId: sample.id,
        format: 'qdpx',
      });
      expect(Buffer.from(again.bytes).equals(Buffer.from(exported.bytes))).toBe(true);
    },
  );

  it('exports the codebook alone as .qdc, which imports into another engagement', async () => {
    const source = tempWorkspace();
    const sample = await codedSample(source);
    const file = await testDispatcher(source).call('exchange.export', {
      engagementId: sample.id,
      format: 'qdc',
    });
    const text = strFromU8(file.bytes);
    expect(text).toContain('<CodeBook xmlns="urn:QDA-XML:codebook:1.0"');
    const target = tempWorkspace();
    const fresh = createEngagement(target, 'Codeboek');
    const summary = await testDispatcher(target).call('exchange.import', {
      engagementId: fresh.id,
      fileName: file.fileName,
      bytes: new Uint8Array(file.bytes),
    });
    const before = await coding(source, sample);
    const after = await coding(target, fresh);
    expect(after.themes).toEqual(before.themes);
    expect(summary.themesCreated).toBe(before.themes.length);
    // Importing it again reuses every theme.
    const twice = await testDispatcher(target).call('exchange.import', {
      engagementId: fresh.id,
      fileName: file.fileName,
      bytes: new Uint8Array(file.bytes),
    });
    expect(twice).toMatchObject({ themesCreated: 0, themesReused: before.themes.length });
  });
});

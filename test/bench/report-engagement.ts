/**
 * A large synthetic engagement for the report bench: the built-in scans answered by `respondents`
 * people in eight groups (a fifth of them customers, one group of three below the anonymity
 * threshold), and 40 interviews with 200 quotes in a codebook of 12 themes. Deterministic.
 */
import type { Answers } from '@shared/questionnaire/answers';
import type { Instrument } from '@shared/questionnaire/instrument';
import { seededRandom } from '@shared/util/seeded-random';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Workspace } from '@main/core/workspace';
import { runCaseInChild, type BenchFigure } from './measure';

const STAFF_GROUPS = 6;
const SMALL_GROUP = 3;
const INTERVIEWS = 40;
const QUOTES_PER_INTERVIEW = 5;
const THEMES = 12;

function answers(instrument: Instrument, shift: number, next: () => number): Answers {
  const result: Answers = {};
  const { min, max } = instrument.scale;
  for (const item of instrument.items) {
    if (item.kind === 'open' || next() < 0.03) continue;
    const scale = item.kind === 'likert' ? instrument.scale : instrument.needsScale;
    const centre = 3 + shift + (item.code.charCodeAt(item.code.length - 1) % 3) * 0.2;
    const drawn = Math.round(centre + (next() + next() + next() - 1.5) * 1.6);
    const value = Math.min(scale.max, Math.max(scale.min, drawn));
    result[item.code] = item.kind === 'likert' && item.reverse ? min + max - value : value;
  }
  return result;
}

export function seedLargeReportEngagement(workspace: Workspace, total = 6_000): number {
  const next = seededRandom(6_000);
  const customers = Math.round(total / 5);
  const staffPerGroup = Math.round((total - customers - SMALL_GROUP) / STAFF_GROUPS);
  const staffId = workspace.instruments.latestByKey('klantgerichtheidsscan')!;
  const customerId = workspace.instruments.latestByKey('klantgerichtheidsscan-klant')!;
  const staff = workspace.instruments.get(staffId).instrument;
  const customer = workspace.instruments.get(customerId).instrument;
  return workspace.db.transaction(() => {
    const engagement = workspace.engagements.create({
      clientName: 'Groot Bench B.V.',
      sector: 'Maakindustrie',
      consultants: ['Bench'],
      startDate: '2026-01-05',
      endDate: '2026-06-30',
      language: 'nl',
      status: 'active',
      notes: '',
      isSample: false,
      normSetId: workspace.benchmarks.listNormSets()[0]?.id ?? null,
      groups: [
        ...Array.from({ length: STAFF_GROUPS }, (_, index) => ({
          name: `Afdeling ${index + 1}`,
          kind: 'department' as const,
          description: '',
        })),
        { name: 'Directie', kind: 'management' as const, description: '' },
        { name: 'Klanten', kind: 'customer' as const, description: '' },
      ],
    });
    workspace.instruments.attach(engagement.id, staffId);
    workspace.instruments.attach(engagement.id, customerId);
    let code = 0;
    const respondents = (groupId: number, count: number, instrument: Instrument, shift: number) =>
      Array.from({ length: count }, () => ({
        groupId,
        code: `R${++code}`,
        role: '',
        answers: answers(instrument, shift, next),
      }));
    const groups = engagement.groups;
    const staffRespondents = groups
      .slice(0, STAFF_GROUPS)
      .flatMap((group, index) => respondents(group.id, staffPerGroup, staff, (index - 2.5) * 0.25));
    staffRespondents.push(...respondents(groups[STAFF_GROUPS]!.id, SMALL_GROUP, staff, 0.5));
    workspace.respondents.insertMany(engagement.id, staffId, 'import', staffRespondents);
    workspace.respondents.insertMany(
      engagement.id,
      customerId,
      'import',
      respondents(groups[STAFF_GROUPS + 1]!.id, customers, customer, -0.3),
    );

    const themeIds: number[] = [];
    for (let index = 0; index < THEMES; index++) {
      const codebook = workspace.interviews.themes.save(engagement.id, {
        name: `Thema ${index + 1}`,
        description: `Omschrijving van thema ${index + 1}.`,
        colour: '#0072B2',
        parentId: index >= 8 ? (themeIds[index - 8] ?? null) : null,
        dimensions: [],
      });
      themeIds.push(codebook.at(-1)!.id);
    }
    for (let index = 0; index < INTERVIEWS; index++) {
      const group = groups[index % groups.length]!;
      const interview = workspace.interviews.create({
        engagementId: engagement.id,
        kind: group.kind === 'customer' ? 'customer-interview' : 'internal-interview',
        guideRef: null,
        groupId: group.id,
        intervieweeRole: index % 3 === 0 ? '' : 'Teamleider',
        organisation: group.kind === 'customer' ? 'installatiebedrijf' : '',
        intervieweeName: `Geïnterviewde ${index + 1}`,
        nameMayBeShown: index % 10 === 0,
        interviewer: 'Bench',
        date: `2026-0${1 + (index % 5)}-1${index % 10}`,
        mode: 'on-site',
        consentGiven: true,
        consentDate: null,
      });
      for (let quote = 0; quote < QUOTES_PER_INTERVIEW; quote++) {
        workspace.interviews.quotes.create({
          interviewId: interview.id,
          sectionKey: 'free',
          text: `Citaat ${quote + 1} uit gesprek ${index + 1}: over levertijden, afspraken en hoe klanten dat merken in hun eigen planning.`,
          themeIds: [themeIds[(index + quote) % THEMES]!],
        });
      }
    }
    return engagement.id;
  })();
}

/**
 * A bench case on a large engagement measured in a fresh process: without `dir`, seeds the
 * engagement in a temporary workspace and runs case `name` again in a child with that folder;
 * with it (in the child), opens the workspace and measures (`measure`).
 */
export async function onLargeEngagement(
  name: string,
  respondents: number,
  dir: string | undefined,
  measure: (workspace: Workspace, engagementId: number) => Promise<BenchFigure[]>,
  /** Measured in this (the parent) process on the seeded folder, after the child's figures. */
  onSeeded?: (dir: string, engagementId: number) => BenchFigure[],
): Promise<BenchFigure[]> {
  if (dir === undefined) {
    const seeded = mkdtempSync(join(tmpdir(), `klantspiegel-bench-${name}-`));
    try {
      const workspace = Workspace.open(seeded);
      const engagementId = seedLargeReportEngagement(workspace, respondents);
      workspace.close();
      writeFileSync(join(seeded, 'engagement.json'), JSON.stringify({ engagementId }));
      const figures = await runCaseInChild(name, [seeded]);
      return [...figures, ...(onSeeded?.(seeded, engagementId) ?? [])];
    } finally {
      // BENCH_KEEP=1 keeps the seeded workspace to profile with, e.g. node --cpu-prof.
      if (process.env.BENCH_KEEP) console.log(`${name}: workspace kept in ${seeded}`);
      else rmSync(seeded, { recursive: true, force: true });
    }
  }
  const { engagementId } = JSON.parse(readFileSync(join(dir, 'engagement.json'), 'utf8')) as {
    engagementId: number;
  };
  const workspace = Workspace.open(dir);
  try {
    return await measure(workspace, engagementId);
  } finally {
    workspace.close();
  }
}

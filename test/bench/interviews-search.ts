/**
 * Bench case: full-text search across 200 interviews of 3,000 words each (goal: ≤ 20 ms per
 * search, including word-form lookup and highlighted snippets). Prints nothing itself; the bench
 * runner (test/bench/index.ts) prints the figures.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Workspace } from '@main/core/workspace';
import { docFromBlocks } from '@shared/interviews/note-doc';
import { FREE_NOTES_KEY, questionSectionKey } from '@shared/interviews/model';
import { shippedGuideRef } from '@shared/interviews/guides';
import { seededRandom } from '@shared/util/seeded-random';
import { medianMs, type BenchFigure } from './measure';

const INTERVIEWS = 200;
const WORDS_PER_INTERVIEW = 3_000;
const ENGAGEMENTS = 10;
const RUNS = 25;
const GOAL_MS = 20;

/** Words consultants write down, with the forms search must connect. */
const COMMON = (
  'de het een en van in is dat op te met voor niet zijn er aan ook als bij maar om dan nog ' +
  'wel wat we ze ik hij zij klant klanten levertijd levertijden afspraak afspraken planning ' +
  'productie verkoop kwaliteit gesprek gesprekken leverancier leveringen order orders spoed ' +
  'beloofd belofte beloftes tevreden frustratie feedback klacht klachten team overleg week ' +
  'café ideeën samenwerking vertrouwen prijs offerte service monteur tekening maatwerk'
).split(' ');

const SYLLABLES =
  'ba be bo ka ke ko la le lo ma me mo na ne no pa pe po ra re ro sa se so ta te to va ve vo wa we zo ij oe ui aa ee oo'.split(
    ' ',
  );

function vocabulary(next: () => number, size: number): string[] {
  const words = new Set<string>();
  while (words.size < size) {
    const length = 2 + Math.floor(next() * 3);
    let word = '';
    for (let index = 0; index < length; index++) {
      word += SYLLABLES[Math.floor(next() * SYLLABLES.length)];
    }
    words.add(`${word}${next() < 0.3 ? 'en' : next() < 0.2 ? 'ing' : ''}`);
  }
  return [...words];
}

/** Text where common words are frequent and the long tail is rare (roughly Zipf-shaped). */
function sentenceMaker(seed: number) {
  const next = seededRandom(seed);
  const rare = vocabulary(next, 6_000);
  const pick = () =>
    next() < 0.55
      ? COMMON[Math.floor(next() ** 2 * COMMON.length)]!
      : rare[Math.floor(next() ** 3 * rare.length)]!;
  return (words: number) => {
    const out: string[] = [];
    for (let index = 0; index < words; index++) out.push(pick());
    const text = out.join(' ');
    return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
  };
}

function seed(workspace: Workspace): number[] {
  const sentence = sentenceMaker(42);
  const engagementIds: number[] = [];
  const guide = workspace.interviews.guides.resolve(shippedGuideRef('klantinterview')).guide;
  const sections = [
    ...guide.questions.map((question) => questionSectionKey(question.id)),
    FREE_NOTES_KEY,
  ];
  const wordsPerSection = Math.round(WORDS_PER_INTERVIEW / sections.length);
  workspace.db.transaction(() => {
    for (let engagementIndex = 0; engagementIndex < ENGAGEMENTS; engagementIndex++) {
      const engagement = workspace.engagements.create({
        clientName: `Bench ${engagementIndex + 1}`,
        sector: '',
        consultants: ['Bench'],
        startDate: null,
        endDate: null,
        language: 'nl',
        status: 'active',
        notes: '',
        groups: [{ name: 'Klanten', kind: 'customer', description: '' }],
      });
      engagementIds.push(engagement.id);
      for (let index = 0; index < INTERVIEWS / ENGAGEMENTS; index++) {
        const interview = workspace.interviews.create({
          engagementId: engagement.id,
          kind: 'customer-interview',
          guideRef: shippedGuideRef('klantinterview'),
          groupId: engagement.groups[0]!.id,
          intervieweeRole: 'Inkoper',
          organisation: 'productiebedrijf',
          intervieweeName: '',
          nameMayBeShown: false,
          interviewer: 'Bench',
          date: '2026-10-01',
          mode: 'video',
          consentGiven: true,
          consentDate: null,
        });
        for (const sectionKey of sections) {
          // Paragraphs of about 25 words, as notes are typed.
          const paragraphs: string[] = [];
          for (let words = 0; words < wordsPerSection; words += 25) paragraphs.push(sentence(25));
          workspace.interviews.saveNotes(interview.id, sectionKey, docFromBlocks(paragraphs));
        }
      }
    }
  })();
  return engagementIds;
}

const QUERIES = [
  { query: 'levertijd', note: 'prefix' },
  { query: 'afspraak', note: 'word forms' },
  { query: 'cafe', note: 'accents' },
  { query: 'klant planning', note: 'two words' },
  { query: '"de klant"', note: 'phrase' },
];

/** Figures: the median time of each search over 200 interviews, everywhere and in one engagement. */
export async function benchInterviewSearch(): Promise<BenchFigure[]> {
  const dir = mkdtempSync(join(tmpdir(), 'klantspiegel-bench-interviews-'));
  const workspace = Workspace.open(dir);
  try {
    const engagementIds = seed(workspace);
    workspace.db.exec("INSERT INTO interview_notes_fts (interview_notes_fts) VALUES ('optimize')");
    const figures: BenchFigure[] = [];
    for (const { query, note } of QUERIES) {
      let hits = 0;
      const everywhere = medianMs(RUNS, () => {
        hits = workspace.interviews.search.search(query, null, 50).length;
      });
      const inOne = medianMs(RUNS, () => {
        workspace.interviews.search.search(query, engagementIds[0]!, 50);
      });
      figures.push(
        {
          label: `interview search "${query}", 200 × 3,000 words, all engagements`,
          value: everywhere,
          unit: 'ms',
          goal: GOAL_MS,
          note: `${note}, ${hits} hits shown`,
        },
        {
          label: `interview search "${query}", one engagement of 20`,
          value: inOne,
          unit: 'ms',
          goal: GOAL_MS,
        },
      );
    }
    return figures;
  } finally {
    workspace.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

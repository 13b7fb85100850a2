/**
 * Open answers as they may be shown: per question and group, under the anonymity rules of the
 * scores (shared/scoring/anonymity.ts). A group's answers to a version are listed under its name
 * only when the group's respondents on that version (the cell) reach the threshold; answers of
 * smaller cells are pooled as "other groups" when those cells together reach it, and are not
 * listed otherwise.
 */
import { effectiveAnonymityThreshold } from '../scoring/anonymity';
import type { Instrument, LocalizedText } from './instrument';

export interface StoredOpenAnswer {
  id: number;
  respondentId: number;
  engagementId: number;
  instrumentId: number;
  groupId: number;
  itemCode: string;
  text: string;
  quoted: boolean;
  themeIds: number[];
}

/** Where an answer may be shown. */
export type OpenAnswerPlacement = 'group' | 'otherGroups' | 'hidden';

export interface OpenAnswerItem {
  id: number;
  text: string;
  quoted: boolean;
  themeIds: number[];
}

export interface OpenAnswerBlock {
  /** The group, or null for the pooled other groups. */
  groupId: number | null;
  answers: OpenAnswerItem[];
}

export interface OpenAnswerQuestion {
  instrumentId: number;
  itemCode: string;
  text: LocalizedText;
  blocks: OpenAnswerBlock[];
  /** Some answers are not listed because they come from groups below the threshold. */
  withheld: boolean;
}

export interface CellCount {
  instrumentId: number;
  groupId: number;
  respondents: number;
}

/** Decides per (group, version) where its answers may appear. */
export function openAnswerPlacement(
  counts: readonly CellCount[],
  threshold: number | null | undefined,
): (groupId: number, instrumentId: number) => OpenAnswerPlacement {
  const minimum = effectiveAnonymityThreshold(threshold);
  const pooled = new Map<number, number>();
  for (const count of counts) {
    if (count.respondents >= minimum) continue;
    pooled.set(count.instrumentId, (pooled.get(count.instrumentId) ?? 0) + count.respondents);
  }
  const size = new Map(
    counts.map((count) => [`${count.groupId}:${count.instrumentId}`, count.respondents]),
  );
  return (groupId, instrumentId) => {
    if ((size.get(`${groupId}:${instrumentId}`) ?? 0) >= minimum) return 'group';
    return (pooled.get(instrumentId) ?? 0) >= minimum ? 'otherGroups' : 'hidden';
  };
}

/** Every open question of the engagement's versions, with its answers as they may be shown. */
export function openAnswerListing(
  answers: readonly StoredOpenAnswer[],
  versions: readonly { instrumentId: number; instrument: Instrument }[],
  groupOrder: readonly number[],
  counts: readonly CellCount[],
  threshold: number | null | undefined,
): OpenAnswerQuestion[] {
  const place = openAnswerPlacement(counts, threshold);
  const questions: OpenAnswerQuestion[] = [];
  for (const { instrumentId, instrument } of versions) {
    for (const item of instrument.items) {
      if (item.kind !== 'open') continue;
      const mine = answers.filter(
        (answer) => answer.instrumentId === instrumentId && answer.itemCode === item.code,
      );
      const blocks: OpenAnswerBlock[] = [];
      let withheld = false;
      const others: OpenAnswerItem[] = [];
      for (const groupId of groupOrder) {
        const listed: OpenAnswerItem[] = [];
        for (const answer of mine.filter((candidate) => candidate.groupId === groupId)) {
          const placement = place(groupId, instrumentId);
          const entry = {
            id: answer.id,
            text: answer.text,
            quoted: answer.quoted,
            themeIds: answer.themeIds,
          };
          if (placement === 'group') listed.push(entry);
          else if (placement === 'otherGroups') others.push(entry);
          else withheld = true;
        }
        if (listed.length > 0) blocks.push({ groupId, answers: listed });
      }
      // Pooled answers in a stable order that does not follow the groups.
      if (others.length > 0)
        blocks.push({ groupId: null, answers: others.sort((a, b) => a.id - b.id) });
      questions.push({ instrumentId, itemCode: item.code, text: item.text, blocks, withheld });
    }
  }
  return questions;
}

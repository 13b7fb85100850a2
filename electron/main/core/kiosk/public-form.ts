import {
  kioskGroupsFor,
  type KioskForm,
  type KioskPage,
  type KioskQuestion,
  type KioskScale,
} from '@shared/ipc/kiosk';
import type { Engagement } from '@shared/engagements/model';
import {
  localized,
  type Instrument,
  type Item,
  type Language,
  type Scale,
} from '@shared/questionnaire/instrument';

/** More than this many scale questions on one touch screen means scrolling; split the block. */
export const MAX_QUESTIONS_PER_PAGE = 6;
/** Open questions need room to type. */
export const MAX_OPEN_QUESTIONS_PER_PAGE = 3;

function publicScale(scale: Scale, language: Language): KioskScale {
  return {
    min: scale.min,
    max: scale.max,
    points: scale.points.map((point) => ({
      value: point.value,
      label: localized(point.label, language),
    })),
    dontKnow: scale.dontKnow ? localized(scale.dontKnow, language) : null,
  };
}

/** Questions that belong together on a page: one dimension, or one kind of needs question. */
function blockKey(item: Item): string {
  return item.kind === 'likert' ? `likert:${item.dimension ?? ''}` : item.kind;
}

/** Splits `items` into `parts` runs whose lengths differ by at most one (5 + 5, not 6 + 4). */
function balancedChunks<T>(items: T[], maxPerChunk: number): T[][] {
  const parts = Math.ceil(items.length / maxPerChunk);
  const chunks: T[][] = [];
  let start = 0;
  for (let part = 0; part < parts; part++) {
    const size = Math.ceil((items.length - start) / (parts - part));
    chunks.push(items.slice(start, start + size));
    start += size;
  }
  return chunks;
}

/** The instrument's items in questionnaire order, cut into pages of related questions. */
export function kioskPages(instrument: Instrument, language: Language): KioskPage[] {
  const runs: Item[][] = [];
  for (const item of instrument.items) {
    const last = runs.at(-1);
    if (last?.[0] && blockKey(last[0]) === blockKey(item)) last.push(item);
    else runs.push([item]);
  }
  return runs.flatMap((run) => {
    const kind = run[0]?.kind ?? 'likert';
    const max = kind === 'open' ? MAX_OPEN_QUESTIONS_PER_PAGE : MAX_QUESTIONS_PER_PAGE;
    const scale = kind === 'open' ? null : kind === 'likert' ? 'likert' : 'needs';
    return balancedChunks(run, max).map((chunk) => ({
      scale,
      questions: chunk.map((item): KioskQuestion => ({
        code: item.code,
        kind: item.kind,
        text: localized(item.text, language),
      })),
    }));
  });
}

/** The groups offered to participants, as id and name only. */
export function kioskGroups(engagement: Engagement, instrument: Instrument) {
  return kioskGroupsFor(engagement.groups, instrument.audience).map((group) => ({
    id: group.id,
    name: group.name,
  }));
}

/**
 * What the kiosk shows participants: the questions in the engagement's language and the group
 * names. Built from scratch (never by copying the engagement) so nothing else can leak.
 */
export function buildKioskForm(engagement: Engagement, instrument: Instrument): KioskForm {
  const language = engagement.language;
  return {
    language,
    title: localized(instrument.name, language),
    scale: publicScale(instrument.scale, language),
    needsScale: publicScale(instrument.needsScale, language),
    pages: kioskPages(instrument, language),
    groups: kioskGroups(engagement, instrument),
  };
}

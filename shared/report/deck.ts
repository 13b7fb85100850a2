/**
 * The workshop deck for the feedback session, as content: which slides, their message titles,
 * the chart each shows (the same chart specs as the report), a discussion question per finding,
 * and speaker notes with the numbers and the method. The .pptx writer in main only draws it.
 */
import type { ChartSpec } from './chart-spec';
import type { ReportData } from './data';
import { activeRecommendations, type ReportDocument } from './document';
import { SCALE_DIGITS } from '../i18n/format';
import { interpolate } from '../i18n/interpolate';
import nlDeck from '../i18n/locales/nl/deck.json';
import enDeck from '../i18n/locales/en/deck.json';
import type { Language } from '../questionnaire/instrument';
import { interval, num, pValue } from './format';
import { sourceLine } from './sources';
import { groupsChart, internalGaps, mirrorOf, mirrorSentence, points } from './story';
import type { Recommendation, ReportSettings } from './settings';
import { wordsFor } from './words';

export type DeckSlide =
  | {
      kind: 'title';
      title: string;
      subtitle: string;
      meta: string[];
      notes: string;
    }
  | {
      kind: 'chart';
      /** The finding, as a sentence. */
      title: string;
      chart: ChartSpec;
      question: string;
      notes: string;
    }
  | {
      kind: 'quotes';
      title: string;
      quotes: { text: string; attribution: string }[];
      question: string;
      notes: string;
    }
  | {
      kind: 'recommendations';
      title: string;
      rows: { action: string; priority: string; owner: string; due: string }[];
      notes: string;
    }
  | { kind: 'questions'; title: string; questions: string[]; notes: string };

export interface Deck {
  language: ReportData['language'];
  title: string;
  firmName: string;
  clientName: string;
  isSample: boolean;
  slides: DeckSlide[];
}

type DeckTexts = typeof nlDeck.deck;

/** The deck's own words (locales/<lang>/deck.json); the rest it shares with the report. */
const DECK_TEXTS: Record<Language, DeckTexts> = { nl: nlDeck.deck, en: enDeck.deck };

function deckWords(language: Language) {
  const texts = DECK_TEXTS[language];
  return {
    ...texts,
    gapQuestion: (a: string, b: string, dimension: string) =>
      interpolate(texts.gapQuestion, { a, b, dimension }),
    themeQuestion: (theme: string) => interpolate(texts.themeQuestion, { theme }),
    notable: (diff: string, g: string, tests: number) =>
      interpolate(texts.notable, { diff, g, tests }),
    quotesNote: (count: number) => interpolate(texts.quotesNote, { count }),
  };
}

/** The deck for an engagement, from its report data and document. */
export function buildDeck(
  data: ReportData,
  document: ReportDocument,
  settings: Pick<ReportSettings, 'recommendations'>,
): Deck {
  const language = data.language;
  const words = wordsFor(language);
  const deck = deckWords(language);
  const slides: DeckSlide[] = [];
  const charts = document.sections.flatMap((section) =>
    section.blocks.filter((block) => block.kind === 'chart'),
  );
  const chartOf = (id: string) => charts.find((block) => block.chart === id);
  // The same source line as under the report's charts: instrument, groups with n, fieldwork.
  const source = sourceLine(data, 'groups') ?? '';
  const notableNote = data.gaps
    ? deck.notable(
        num(data.gaps.notableDiff, language, 2),
        num(data.gaps.absG, language, 1),
        data.gaps.dimensionTests,
      )
    : '';

  slides.push({
    kind: 'title',
    title: document.cover?.title ?? words.defaultTitle,
    subtitle: `${deck.workshop} · ${data.clientName}`,
    meta: [data.firmName, data.consultants.join(', '), document.cover?.date ?? ''].filter(Boolean),
    notes: [source, data.isSample ? words.sampleNotice : ''].filter(Boolean).join('\n'),
  });

  const questions: string[] = [];
  const gaps = data.gaps;
  // The mirror: the report's own mirror chart and title (the same spec, colours and shapes).
  const mirror = mirrorOf(data);
  const mirrorChart = chartOf('mirror') ?? chartOf('groupProfiles');
  if (mirrorChart) {
    slides.push({
      kind: 'chart',
      title: mirrorChart.caption,
      chart: mirrorChart.spec,
      question: deck.mirrorQuestion,
      notes: [mirror ? mirrorSentence(data, mirror) : '', mirrorChart.alt, source, notableNote]
        .filter(Boolean)
        .join('\n'),
    });
    questions.push(deck.mirrorQuestion);
  }
  // Kitchen versus floor: the largest supported gap between the client's own groups.
  const largest = internalGaps(data)[0] ?? gaps?.largest[0];
  if (largest && gaps) {
    const a = gaps.profiles.find((profile) => profile.name === largest.higher);
    const b = gaps.profiles.find((profile) => profile.name === largest.lower);
    if (a && b) {
      const question = deck.gapQuestion(a.name, b.name, largest.dimension);
      slides.push({
        kind: 'chart',
        title: interpolate(deck.gapTitle, {
          a: a.name,
          b: b.name,
          points: points(largest.diff, language),
          dimension: largest.dimension,
        }),
        chart: groupsChart(gaps, [a, b], words.axis.score(gaps.scale.min, gaps.scale.max)),
        question,
        notes: [
          interpolate(deck.gapNotes, {
            a: a.name,
            meanA: num(largest.meanHigher, language, SCALE_DIGITS),
            b: b.name,
            meanB: num(largest.meanLower, language, SCALE_DIGITS),
            diff: num(largest.diff, language, SCALE_DIGITS),
            ci: interval(largest.ciLow, largest.ciHigh, language, SCALE_DIGITS),
            g: num(largest.g, language, 2),
            p: pValue(largest.pHolm, language),
          }),
          source,
          notableNote,
        ]
          .filter(Boolean)
          .join('\n'),
      });
      questions.push(question);
    }
  }
  const needs = chartOf('ipa') ?? chartOf('needsImportance');
  if (needs) {
    slides.push({
      kind: 'chart',
      title: needs.caption,
      chart: needs.spec,
      question: deck.needsQuestion,
      notes: [needs.alt, source].filter(Boolean).join('\n'),
    });
    questions.push(deck.needsQuestion);
  }
  const themes = data.interviews.themes
    .filter((theme) => theme.parentId === null && theme.quoteCount > 0)
    .sort((a, b) => b.quoteCount - a.quoteCount)
    .slice(0, 3);
  for (const theme of themes) {
    const family = new Set([
      theme.id,
      ...data.interviews.themes.filter((t) => t.parentId === theme.id).map((t) => t.id),
    ]);
    const quotes = data.interviews.quotes
      .filter((quote) => quote.themeIds.some((id) => family.has(id)))
      .slice(0, 2);
    const question = deck.themeQuestion(theme.name);
    slides.push({
      kind: 'quotes',
      title: interpolate(deck.themeTitle, { theme: theme.name, count: theme.quoteCount }),
      quotes: quotes.map((quote) => ({ text: quote.text, attribution: quote.attribution })),
      question,
      notes: [theme.description, deck.quotesNote(theme.quoteCount)].filter(Boolean).join('\n'),
    });
    questions.push(question);
  }
  const recommendations: Recommendation[] = activeRecommendations(data, settings);
  if (recommendations.length > 0) {
    slides.push({
      kind: 'recommendations',
      title: deck.recommendations,
      rows: recommendations.slice(0, 6).map((entry) => ({
        action: entry.action,
        priority: entry.priority ? words.priorities[entry.priority] : deck.missing,
        owner: entry.owner || deck.missing,
        due: entry.due || deck.missing,
      })),
      notes: recommendations.map((entry, index) => `${index + 1}. ${entry.evidence}`).join('\n'),
    });
  }
  if (questions.length > 0) {
    slides.push({ kind: 'questions', title: deck.questionsTitle, questions, notes: source });
  }
  return {
    language,
    title: document.cover?.title ?? words.defaultTitle,
    firmName: data.firmName,
    clientName: data.clientName,
    isSample: data.isSample,
    slides,
  };
}

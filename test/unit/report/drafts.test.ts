import { describe, expect, it } from 'vitest';
import type { ReportData, ReportGap } from '@shared/report/data';
import { draftNarratives, largestGapSentence, methodNotes } from '@shared/report/drafts';
import { parseNarrative } from '@shared/report/narrative';
import { draftRecommendations } from '@shared/report/recommendations';
import { interval, longDate, num, pValue, signed } from '@shared/report/format';

const gap: ReportGap = {
  dimension: 'Klantkennis delen',
  higher: 'Productie',
  lower: 'Verkoop',
  diff: 1.234,
  ciLow: 0.8,
  ciHigh: 1.6,
  g: 1.5,
  pHolm: 0.0001,
  notable: true,
};

/** A small engagement with the figures a consultant would look at first. */
function data(language: 'nl' | 'en'): ReportData {
  const nl = language === 'nl';
  return {
    language,
    clientName: 'Bakkerij Van Dam',
    sector: '',
    consultants: ['An'],
    firmName: 'Bureau Spiegel',
    startDate: '2026-09-01',
    endDate: '2026-11-30',
    fieldwork: { first: '2026-09-14', last: '2026-10-02' },
    isSample: false,
    anonymityThreshold: 5,
    groups: [
      { id: 1, name: nl ? 'Productie' : 'Production', kind: 'department', respondents: 20 },
      { id: 2, name: nl ? 'Verkoop' : 'Sales', kind: 'department', respondents: 9 },
      { id: 3, name: nl ? 'Klanten' : 'Customers', kind: 'customer', respondents: 12 },
    ],
    hiddenGroupCount: 0,
    questionnaire: {
      instrumentName: nl ? 'Klantgerichtheidsscan' : 'Customer-centricity scan',
      scale: { min: 1, max: 5 },
      respondents: 29,
      overall: { mean: 3.6, index100: 65 },
      dimensions: [
        {
          code: 'KK',
          name: nl ? 'Klantkennis' : 'Knowing the customer',
          description: null,
          mean: 3.9,
          sd: 0.5,
          n: 29,
          index100: 72.5,
          norm: { mean: 3.6, diff: 0.3, percentile: 70 },
        },
        {
          code: 'KD',
          name: nl ? 'Klantkennis delen' : 'Sharing customer knowledge',
          description: null,
          mean: 3.1,
          sd: 0.7,
          n: 29,
          index100: 52.5,
          norm: { mean: 3.4, diff: -0.3, percentile: 35 },
        },
      ],
      benchmark: {
        name: 'Norm',
        illustrative: false,
        note: null,
        overall: { mean: 3.5, diff: 0.1, percentile: 55 },
      },
      items: [],
      reliability: [
        {
          code: 'KK',
          name: nl ? 'Klantkennis' : 'Knowing the customer',
          items: 4,
          nComplete: 29,
          alpha: 0.81,
          low: false,
        },
        {
          code: 'KD',
          name: nl ? 'Klantkennis delen' : 'Sharing customer knowledge',
          items: 4,
          nComplete: 29,
          alpha: 0.55,
          low: true,
        },
      ],
      tips: [
        {
          dimension: 'KD',
          dimensionName: nl ? 'Klantkennis delen' : 'Sharing customer knowledge',
          index: 52.5,
          band: 'medium',
          tips: [
            { title: nl ? 'Maandelijks klantoverleg' : 'Monthly customer meeting', text: '…' },
          ],
        },
      ],
    },
    gaps: {
      basisKind: 'single',
      leftOutItems: 0,
      notableDiff: 4 / 3,
      absG: 0.5,
      scale: { min: 1, max: 5 },
      dimensions: [{ code: 'KD', name: nl ? 'Klantkennis delen' : 'Sharing customer knowledge' }],
      profiles: [],
      largest: [
        {
          ...gap,
          dimension: nl ? 'Klantkennis delen' : 'Sharing customer knowledge',
          higher: nl ? 'Productie' : 'Production',
          lower: nl ? 'Verkoop' : 'Sales',
        },
      ],
      blindSpots: [
        {
          group: nl ? 'Productie' : 'Production',
          customer: nl ? 'Klanten' : 'Customers',
          rows: [
            {
              dimension: nl ? 'Klantkennis delen' : 'Sharing customer knowledge',
              internal: 4,
              customer: 2.9,
              diff: 1.1,
              direction: 'blindSpot',
              notable: true,
            },
          ],
        },
      ],
      needs: null,
    },
    interviews: {
      total: 3,
      byKind: {
        'client-reflection': 1,
        'internal-interview': 2,
        'customer-interview': 0,
        'internal-session': 0,
      },
      firstDate: '2026-09-10',
      lastDate: '2026-10-01',
      themes: [
        {
          id: 1,
          parentId: null,
          name: nl ? 'Levertijden' : 'Lead times',
          description: '',
          quoteCount: 4,
          dimensions: [],
        },
        {
          id: 2,
          parentId: null,
          name: nl ? 'Bereikbaarheid' : 'Reachability',
          description: '',
          quoteCount: 2,
          dimensions: [],
        },
      ],
      quotes: [],
    },
  };
}

describe('draft narratives', () => {
  it('state the largest gap in plain Dutch and English, with the language’s decimal mark', () => {
    expect(largestGapSentence(gap, 'nl')).toBe(
      'De grootste kloof ligt tussen Productie en Verkoop op ‘Klantkennis delen’: Productie scoort 1,2 punt hoger.',
    );
    expect(
      largestGapSentence(
        { ...gap, higher: 'Production', lower: 'Sales', dimension: 'Sharing customer knowledge' },
        'en',
      ),
    ).toBe(
      'The largest gap lies between Production and Sales on ‘Sharing customer knowledge’: Production scores 1.2 points higher.',
    );
    expect(largestGapSentence({ ...gap, diff: 1.02 }, 'en')).toContain('1.0 point higher');
  });

  it('summarise the engagement: overall score against the norm, strongest and weakest, gap, blind spot, themes', () => {
    const summary = draftNarratives(data('nl')).summary!;
    expect(summary).toContain(
      'De totaalscore op klantgerichtheid is 65 op een schaal van 0 tot 100; dat is boven de norm (percentiel 55).',
    );
    expect(summary).toContain(
      '- Het sterkst scoort de organisatie op ‘Klantkennis’ (3,9), het zwakst op ‘Klantkennis delen’ (3,1).',
    );
    expect(summary).toContain('- De grootste kloof ligt tussen Productie en Verkoop');
    expect(summary).toContain(
      '- De grootste blinde vlek: Productie schat ‘Klantkennis delen’ 1,1 punt hoger in dan Klanten.',
    );
    expect(summary).toContain(
      'In de gesprekken kwamen vooral ‘Levertijden’ en ‘Bereikbaarheid’ naar voren.',
    );
    const english = draftNarratives(data('en')).summary!;
    expect(english).toContain(
      'The overall customer-centricity score is 65 on a scale from 0 to 100; that is above the norm (percentile 55).',
    );
    expect(english).toContain('In the interviews, ‘Lead times’ and ‘Reachability’ came up most.');
  });

  it('describe the method: period, instrument, participation per group and the interviews per kind', () => {
    const method = draftNarratives(data('nl')).method!;
    expect(method).toContain(
      'Tussen 1 september 2026 en 30 november 2026 vulden medewerkers en klanten van Bakkerij Van Dam de Klantgerichtheidsscan in.',
    );
    expect(method).toContain(
      'Aan de vragenlijst deden mee: Productie (20), Verkoop (9) en Klanten (12).',
    );
    expect(method).toContain(
      'Daarnaast voerden we 3 gesprekken: 1 reflectiegesprek met een klant en 2 interne interviews.',
    );
    const english = draftNarratives(data('en')).method!;
    expect(english).toContain(
      'We also held 3 interviews: 1 reflection conversation with a client and 2 internal interviews.',
    );
  });

  it('compare the dimensions with the norm as a list that reads as a sentence', () => {
    const results = draftNarratives(data('nl')).results!;
    expect(results).toContain(
      'Vergeleken met de norm (Norm):\n- boven de norm: ‘Klantkennis’;\n- onder de norm: ‘Klantkennis delen’.',
    );
  });

  it('recommend, each with its evidence, work on the largest gap, the blind spot, the needs to concentrate on and the weakest dimension', () => {
    const drafted = draftRecommendations(data('en'));
    expect(drafted.map((entry) => entry.evidenceKind)).toEqual(
      expect.arrayContaining(['gap', 'dimension']),
    );
    const gap = drafted.find((entry) => entry.evidenceKind === 'gap')!;
    expect(gap.action).toMatch(
      /^Bring Production and Sales together on ‘Sharing customer knowledge’/,
    );
    expect(gap.evidence).toMatch(
      /^Production rates ‘Sharing customer knowledge’ \d\.\d points higher than Sales/,
    );
    expect(gap.evidenceRef).toBe('chart:largestGaps');
    expect(gap.priority).toBe('high');
    expect(gap.successMeasure).toMatch(/below \d\.\d points/);
    // Owner and deadline are the client's to decide.
    for (const entry of drafted) expect([entry.owner, entry.due]).toEqual(['', '']);
    const weakest = drafted.find((entry) => entry.evidenceKind === 'dimension')!;
    expect(weakest.action).toBe('Work on ‘Sharing customer knowledge’: monthly customer meeting');
    expect(weakest.evidence).toMatch(/has the lowest index \(\d+ out of 100\)\.$/);
  });

  it('say what is missing rather than invent figures', () => {
    const empty: ReportData = {
      ...data('nl'),
      questionnaire: null,
      gaps: null,
      interviews: { ...data('nl').interviews, total: 0, themes: [] },
    };
    const drafts = draftNarratives(empty);
    expect(drafts.results).toBe('Er zijn nog geen antwoorden op de vragenlijst.');
    expect(drafts.gaps).toBe(
      'Er zijn te weinig groepen met voldoende respondenten om te vergelijken.',
    );
    expect(drafts.interviews).toBe('Er zijn nog geen gesprekken vastgelegd.');
    expect(drafts.summary).not.toMatch(/\d,\d/);
  });

  it('method notes explain the tests, the notable threshold, low reliability and anonymity', () => {
    const notes = methodNotes(data('nl')).join('\n');
    expect(notes).toContain('Welch’ t-toets');
    expect(notes).toContain('vanaf 1,33 punt of bij |g| ≥ 0,5');
    expect(notes).toContain('minder dan 5 respondenten');
    expect(draftNarratives(data('nl')).appendix).toContain(
      'Bij ‘Klantkennis delen’ is Cronbach’s α lager dan 0,7',
    );
  });
});

describe('narrative text', () => {
  it('becomes paragraphs and lists as the consultant typed them', () => {
    expect(
      parseNarrative(
        'Eerste alinea\nloopt door.\n\nWat we zagen:\n- een\n- twee\n  vervolg\n\n1. stap\n2. stap\nSlot.',
      ),
    ).toEqual([
      { kind: 'paragraph', text: 'Eerste alinea loopt door.' },
      { kind: 'paragraph', text: 'Wat we zagen:' },
      { kind: 'list', ordered: false, items: ['een', 'twee vervolg'] },
      { kind: 'list', ordered: true, items: ['stap', 'stap'] },
      { kind: 'paragraph', text: 'Slot.' },
    ]);
    expect(parseNarrative('  \n\n')).toEqual([]);
  });
});

describe('report number and date formats', () => {
  it('follow the engagement’s language', () => {
    expect(num(-0.694, 'en', 2)).toBe('−0.69');
    expect(num(-0.004, 'nl', 2)).toBe('0,00');
    expect(num(null, 'nl')).toBe('–');
    expect(signed(0.25, 'nl')).toBe('+0,3');
    expect(signed(-0.25, 'en')).toBe('−0.3');
    expect(signed(0.01, 'en')).toBe('0.0');
    expect(interval(-0.2, 1.45, 'nl', 2)).toBe('[−0,20; 1,45]');
    expect(interval(-0.2, 1.45, 'en', 2)).toBe('[−0.20, 1.45]');
    expect(pValue(0.0004, 'nl')).toBe('< 0,001');
    expect(pValue(0.0123, 'en')).toBe('0.012');
    expect(longDate('2026-12-15', 'nl')).toBe('15 december 2026');
    expect(longDate('2026-12-15', 'en')).toBe('15 December 2026');
  });
});

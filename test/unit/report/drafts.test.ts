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
  meanHigher: 4.21,
  meanLower: 2.86,
  diff: 1.35,
  ciLow: 0.8,
  ciHigh: 1.6,
  g: 1.5,
  pHolm: 0.0001,
  rank: 1,
  tied: false,
  linked: false,
  statements: 35,
};

const style = { colour: '#0072B2', shape: 'circle' as const, dash: '' };
const participation = { invited: null, responseRate: null, marginOfError: null, style };

function profile(name: string, kind: 'department' | 'customer', overall: number, mean: number) {
  return {
    name,
    kind,
    style,
    respondents: 12,
    overall,
    dimensions: [mean],
    sds: [0.6],
    ciLows: [mean - 0.3],
    ciHighs: [mean + 0.3],
  };
}

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
      {
        id: 1,
        name: nl ? 'Productie' : 'Production',
        kind: 'department',
        respondents: 20,
        ...participation,
        invited: 25,
        responseRate: 0.8,
        marginOfError: 0.099,
      },
      {
        id: 2,
        name: nl ? 'Verkoop' : 'Sales',
        kind: 'department',
        respondents: 9,
        ...participation,
      },
      {
        id: 3,
        name: nl ? 'Klanten' : 'Customers',
        kind: 'customer',
        respondents: 12,
        ...participation,
      },
    ],
    hiddenGroupCount: 0,
    questionnaire: {
      instrumentName: nl ? 'Klantgerichtheidsscan' : 'Customer-centricity scan',
      audience: 'staff',
      scale: { min: 1, max: 5 },
      favourableLabels: nl ? ['Mee eens', 'Helemaal mee eens'] : ['Agree', 'Strongly agree'],
      groups: [
        { name: nl ? 'Productie' : 'Production', respondents: 20 },
        { name: nl ? 'Verkoop' : 'Sales', respondents: 9 },
      ],
      respondents: 29,
      pooledRespondents: 0,
      overall: { mean: 3.6, index100: 65, ciLow: 3.4, ciHigh: 3.8 },
      dimensions: [
        {
          code: 'KK',
          name: nl ? 'Klantkennis' : 'Knowing the customer',
          description: null,
          mean: 3.9,
          sd: 0.5,
          ciLow: 3.71,
          ciHigh: 4.09,
          n: 29,
          index100: 72.5,
          favourable: 0.7,
          norm: { mean: 3.6, diff: 0.3, percentile: 70, position: 'above' },
        },
        {
          code: 'KD',
          name: nl ? 'Klantkennis delen' : 'Sharing customer knowledge',
          description: null,
          mean: 3.1,
          sd: 0.7,
          ciLow: 2.83,
          ciHigh: 3.37,
          n: 29,
          index100: 52.5,
          favourable: 0.35,
          norm: { mean: 3.4, diff: -0.3, percentile: 35, position: 'below' },
        },
      ],
      benchmark: {
        name: 'Norm',
        illustrative: false,
        note: null,
        overall: { mean: 3.5, diff: 0.1, percentile: 55, position: 'level' },
      },
      items: [],
      reliability: [
        {
          code: 'KK',
          name: nl ? 'Klantkennis' : 'Knowing the customer',
          items: 4,
          nComplete: 29,
          alpha: 0.81,
          ciLow: 0.7,
          ciHigh: 0.9,
          low: false,
        },
        {
          code: 'KD',
          name: nl ? 'Klantkennis delen' : 'Sharing customer knowledge',
          items: 4,
          nComplete: 29,
          alpha: 0.55,
          ciLow: 0.3,
          ciHigh: 0.74,
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
    questionnaireWithheld: false,
    gaps: {
      commonBasis: { kind: 'version', statements: 35, leftOut: 0 },
      dimensionTests: 21,
      statementTests: 105,
      notableDiff: 4 / 3,
      absG: 0.5,
      significance: 0.05,
      anova: [
        {
          dimension: nl ? 'Klantkennis delen' : 'Sharing customer knowledge',
          overall: false,
          groups: 3,
          f: 12.3,
          df1: 2,
          df2: 19.4,
          pHolm: 0.001,
          omegaSquared: 0.31,
          supported: true,
        },
      ],
      scale: { min: 1, max: 5 },
      dimensions: [{ code: 'KD', name: nl ? 'Klantkennis delen' : 'Sharing customer knowledge' }],
      profiles: [
        profile(nl ? 'Productie' : 'Production', 'department', 3.95, 4.21),
        profile(nl ? 'Verkoop' : 'Sales', 'department', 3.1, 2.86),
        profile(nl ? 'Klanten' : 'Customers', 'customer', 2.8, 2.9),
      ],
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
          groupStyle: style,
          linked: true,
          rows: [
            {
              dimension: nl ? 'Klantkennis delen' : 'Sharing customer knowledge',
              internal: 4,
              customer: 2.9,
              diff: 1.1,
              direction: 'blindSpot',
              notable: true,
              unsupported: false,
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
  it('state the largest gap with the two means it is the difference of, in Dutch and English', () => {
    expect(largestGapSentence([gap], 'nl')).toBe(
      'De grootste kloof ligt tussen Productie en Verkoop op ‘Klantkennis delen’: Productie scoort 1,35 punt hoger (4,21 tegen 2,86).',
    );
    expect(
      largestGapSentence(
        [{ ...gap, higher: 'Production', lower: 'Sales', dimension: 'Sharing customer knowledge' }],
        'en',
      ),
    ).toBe(
      'The largest gap lies between Production and Sales on ‘Sharing customer knowledge’: Production scores 1.35 points higher (4.21 against 2.86).',
    );
    expect(largestGapSentence([{ ...gap, diff: 1, meanHigher: 3.86 }], 'en')).toContain(
      '1.00 point higher (3.86 against 2.86)',
    );
    expect(largestGapSentence([{ ...gap, linked: true }], 'nl')).toContain(
      'op de stellingen die in beide vragenlijsten staan',
    );
  });

  it('say of every other notable gap between staff and customers that it rests on the linked statements', () => {
    const base = data('nl');
    const staffAgainstCustomers: ReportGap = {
      ...gap,
      dimension: 'Samenwerking',
      higher: 'Klanten',
      lower: 'Verkoop',
      meanHigher: 3.98,
      meanLower: 2.65,
      diff: 1.33,
      rank: 2,
      linked: true,
      statements: 31,
    };
    const narratives = draftNarratives({
      ...base,
      gaps: { ...base.gaps!, largest: [...base.gaps!.largest, staffAgainstCustomers] },
    });
    expect(narratives.gaps).toContain('Andere opvallende verschillen:');
    expect(narratives.gaps).toMatch(
      /- Klanten scoort ‘[^’]+’ \d,\d\d punt hoger dan Verkoop \(\d,\d\d tegen \d,\d\d\), op de stellingen die in beide vragenlijsten staan/,
    );
  });

  it('name every gap that shares the first place rather than pick one silently', () => {
    const other = {
      ...gap,
      higher: 'Klanten',
      lower: 'Verkoop',
      dimension: 'Samenwerking',
      tied: true,
    };
    const sentence = largestGapSentence([{ ...gap, tied: true }, other], 'nl');
    expect(sentence).toBe(
      'De grootste kloven zijn even groot, 1,35 punt: tussen Productie en Verkoop op ‘Klantkennis delen’ en tussen Klanten en Verkoop op ‘Samenwerking’.',
    );
  });

  it('call no difference a finding when none is both large and supported', () => {
    const none: ReportData = { ...data('nl'), gaps: { ...data('nl').gaps!, largest: [] } };
    const drafts = draftNarratives(none);
    expect(drafts.gaps).toContain(
      'Geen verschil tussen de groepen is zowel groot als statistisch onderbouwd.',
    );
    expect(drafts.summary).toContain(
      'Tussen de eigen groepen is geen verschil zowel groot als statistisch onderbouwd.',
    );
    expect(drafts.summary).not.toContain('kloof');
  });

  it('open the summary with the mirror: the customers’ score against the staff groups’ own, with the supported difference', () => {
    const summary = draftNarratives(data('nl')).summary!;
    const paragraphs = summary.split('\n\n');
    expect(paragraphs[0]).toBe(
      'Klanten geven Bakkerij Van Dam gemiddeld 2,80; de eigen groepen geven zichzelf 3,95 (Productie) en 3,10 (Verkoop). Groot en statistisch onderbouwd is het verschil met Klanten in één geval (groep × dimensie); het grootst: Productie schat ‘Klantkennis delen’ 1,10 punt hoger in dan Klanten.',
    );
    // Then the largest supported gap inside the organisation, then what customers need.
    expect(paragraphs[1]).toBe(
      'Binnen de organisatie is de grootste onderbouwde kloof die tussen Productie en Verkoop op ‘Klantkennis delen’: 4,21 tegen 2,86, een verschil van 1,35 punt.',
    );
    expect(summary).toContain(
      'In de gesprekken kwamen vooral ‘Levertijden’ en ‘Bereikbaarheid’ naar voren.',
    );
    const english = draftNarratives(data('en')).summary!;
    expect(english).toMatch(
      /^Customers give Bakkerij Van Dam 2\.80 on average; the client's own groups give themselves 3\.95 \(Production\) and 3\.10 \(Sales\)\./,
    );
    // A real norm is mentioned last, with what its interval allows.
    expect(paragraphs.at(-1)).toBe(
      'De totaalscore van de medewerkers is 65 op een schaal van 0 tot 100; dat is niet aantoonbaar anders dan de norm (Norm, percentiel 55).',
    );
  });

  it('draw no conclusion from an illustrative norm in the summary', () => {
    const base = data('nl');
    const illustrative: ReportData = {
      ...base,
      questionnaire: {
        ...base.questionnaire!,
        benchmark: { ...base.questionnaire!.benchmark!, illustrative: true },
      },
    };
    expect(draftNarratives(illustrative).summary).not.toMatch(/norm|percentiel/i);
  });

  it('say so when no customers answered, and lead with the gaps inside the organisation', () => {
    const base = data('nl');
    const staffOnly: ReportData = {
      ...base,
      gaps: {
        ...base.gaps!,
        profiles: base.gaps!.profiles.filter((entry) => entry.kind !== 'customer'),
        blindSpots: [],
      },
    };
    const [first, second] = draftNarratives(staffOnly).summary!.split('\n\n');
    expect(first).toMatch(/^Er zijn geen antwoorden van klanten die getoond kunnen worden/);
    expect(second).toMatch(/^Binnen de organisatie is de grootste onderbouwde kloof/);
  });

  it('describe the method: period, instrument, participation per group and the interviews per kind', () => {
    const method = draftNarratives(data('nl')).method!;
    expect(method).toContain(
      'Tussen 1 september 2026 en 30 november 2026 vulden medewerkers en klanten van Bakkerij Van Dam de Klantgerichtheidsscan in.',
    );
    expect(method).toContain(
      'Aan de vragenlijst deden mee: Productie (20 van 25, 80%), Verkoop (9) en Klanten (12).',
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
      /^Production rates ‘Sharing customer knowledge’ \d\.\d\d points higher than Sales/,
    );
    expect(gap.evidenceRef).toBe('chart:largestGaps');
    expect(gap.priority).toBe('high');
    expect(gap.successMeasure).toMatch(/below \d\.\d\d points/);
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
    expect(notes).toContain(
      'vanaf 1,33 punt of bij |g| ≥ 0,5) én de gecorrigeerde p kleiner is dan 0,05',
    );
    expect(notes).toContain('Holm: 21 toetsen op dimensies en de totaalscore, 105 op stellingen');
    expect(notes).toContain('Welch’ ANOVA');
    expect(notes).toContain('Feldt');
    expect(notes).toContain(
      '% gunstig is het aandeel antwoorden ‘Mee eens’ en ‘Helemaal mee eens’',
    );
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
    expect(signed(0.25, 'nl', 2)).toBe('+0,25');
    expect(interval(-0.2, 1.45, 'nl', 2)).toBe('[−0,20; 1,45]');
    expect(interval(-0.2, 1.45, 'en', 2)).toBe('[−0.20, 1.45]');
    expect(pValue(0.0004, 'nl')).toBe('< 0,001');
    expect(pValue(0.0123, 'en')).toBe('0.012');
    expect(longDate('2026-12-15', 'nl')).toBe('15 december 2026');
    expect(longDate('2026-12-15', 'en')).toBe('15 December 2026');
  });
});

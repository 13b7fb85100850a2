import { describe, expect, it } from 'vitest';
import { draftNarratives, largestGapSentence, methodNotes } from '@shared/report/drafts';
import { parseNarrative } from '@shared/report/narrative';
import { draftRecommendations } from '@shared/report/recommendations';
import { interval, longDate, num, pValue, signed } from '@shared/report/format';

import type { ReportData, ReportGap } from '@shared/report/data';
import { gap, reportData as data } from '@test/unit/report/report-data';

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

/** A small engagement's report data with the figures a consultant looks at first, nl or en. */
import type { ReportData, ReportGap } from '@shared/report/data';

export const gap: ReportGap = {
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
export function reportData(language: 'nl' | 'en'): ReportData {
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

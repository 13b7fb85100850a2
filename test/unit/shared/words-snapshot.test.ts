/**
 * The generated sentences and labels of the deliverables, the gap analysis and the exports, in
 * both languages, as the consultant signs them: recorded once, so moving the words into the locale
 * files (or any later edit of the plumbing) cannot change a single byte of what is printed. A
 * deliberate change of wording updates the snapshot (`npx vitest run -u`) and shows in review.
 */
import { describe, expect, it, vi } from 'vitest';
import { buildEngagementReport } from '@main/core/report/build';
import { createSampleEngagement } from '@main/core/sample/sample-engagement';
import { analyseEngagementGaps } from '@main/core/services/gap-analysis';
import { responsesTable } from '@main/core/services/responses-export';
import { gapExportSheets } from '@shared/gaps/export-table';
import { gapSentence } from '@shared/gaps/report';
import { ipaCutOffText } from '@shared/gaps/ipa';
import { menuLabels } from '@shared/i18n/menu';
import { anonymousAttribution, quoteAttribution } from '@shared/interviews/attribution';
import type { Language } from '@shared/questionnaire/instrument';
import type { ReportData } from '@shared/report/data';
import { buildDeck } from '@shared/report/deck';
import { buildReportDocument, documentText } from '@shared/report/document';
import { draftNarratives, largestGapSentence, methodNotes } from '@shared/report/drafts';
import { draftRecommendations } from '@shared/report/recommendations';
import { defaultReportSettings } from '@shared/report/settings';
import { sourceLine, type SourceKind } from '@shared/report/sources';
import {
  actionTitles,
  internalGapSentence,
  mirrorOf,
  mirrorSentence,
  needsAgreementSentence,
  noMirrorSentence,
  points,
  sectionActionTitle,
} from '@shared/report/story';
import { tempWorkspace } from '@test/support/temp-workspace';
import { gap, reportData } from '@test/unit/report/report-data';
import { REPORT_DATE } from '@test/unit/report/sample-report';

const LANGUAGES: Language[] = ['nl', 'en'];

/** Every string in a value, in order (numbers and colours of chart specs aside). */
function strings(value: unknown): string[] {
  if (typeof value === 'string') return /^#[0-9a-f]{6}$/i.test(value) ? [] : [value];
  if (Array.isArray(value)) return value.flatMap(strings);
  if (typeof value === 'object' && value !== null) return Object.values(value).flatMap(strings);
  return [];
}

/** The fixture in every shape the sentences branch on. */
function variants(language: Language): Record<string, ReportData> {
  const base = reportData(language);
  const gaps = base.gaps!;
  const q = base.questionnaire!;
  const second = { ...gaps.largest[0]!, higher: 'X', lower: 'Y', dimension: 'Z', tied: true };
  return {
    base,
    noNotableGap: { ...base, gaps: { ...gaps, largest: [] } },
    tiedGaps: {
      ...base,
      gaps: {
        ...gaps,
        largest: [{ ...gaps.largest[0]!, tied: true }, second, { ...second, rank: 3, diff: 1 }],
      },
    },
    staffOnly: {
      ...base,
      gaps: {
        ...gaps,
        profiles: gaps.profiles.filter((entry) => entry.kind !== 'customer'),
        blindSpots: [],
      },
    },
    linkedWithHiddenStrength: {
      ...base,
      gaps: {
        ...gaps,
        commonBasis: { kind: 'linked', statements: 31, leftOut: 4 },
        anova: [],
        blindSpots: [
          {
            ...gaps.blindSpots[0]!,
            rows: [
              ...gaps.blindSpots[0]!.rows,
              {
                dimension: 'Z',
                internal: 2,
                customer: 3.5,
                diff: -1.5,
                direction: 'hiddenStrength',
                notable: true,
                unsupported: false,
              },
            ],
          },
        ],
      },
    },
    illustrativeCustomerNorm: {
      ...base,
      questionnaire: {
        ...q,
        audience: 'customer',
        pooledRespondents: 7,
        benchmark: { ...q.benchmark!, illustrative: true },
      },
    },
    withheld: { ...base, questionnaire: null, questionnaireWithheld: true, gaps: null },
    empty: {
      ...base,
      questionnaire: null,
      gaps: null,
      startDate: null,
      endDate: null,
      fieldwork: null,
      interviews: { ...base.interviews, total: 0, themes: [] },
    },
    oneTheme: {
      ...base,
      interviews: {
        ...base.interviews,
        total: 1,
        byKind: { ...base.interviews.byKind, 'client-reflection': 1, 'internal-interview': 0 },
        themes: base.interviews.themes.slice(0, 1),
      },
    },
  };
}

function sentencesOf(data: ReportData): Record<string, unknown> {
  const mirror = mirrorOf(data);
  const kinds: SourceKind[] = [
    'questionnaire',
    'participation',
    'groups',
    'comparison',
    'interviews',
  ];
  const document = buildReportDocument({
    data,
    settings: defaultReportSettings(),
    privateNames: [],
    today: REPORT_DATE,
  });
  return {
    drafts: draftNarratives(data),
    methodNotes: methodNotes(data),
    recommendations: draftRecommendations(data),
    sources: kinds.map((kind) => sourceLine(data, kind)),
    mirror: mirror ? [mirrorSentence(data, mirror), actionTitles.mirror(data, mirror)] : null,
    noMirror: noMirrorSentence(data.language),
    internalGap: internalGapSentence(data),
    needsAgreement: needsAgreementSentence(data),
    titles: (['results', 'dimensions', 'gaps', 'needs', 'interviews'] as const).map((section) =>
      sectionActionTitle(data, section),
    ),
    blindSpots: actionTitles.blindSpots(data, data.language === 'nl' ? 'Klanten' : 'Customers'),
    document: documentText(document).split('\n'),
    deck: strings(buildDeck(data, document, { recommendations: null })),
  };
}

describe('generated words, before and after they moved to the locale files', () => {
  it.each(LANGUAGES)('the drafted report text on every branch (%s)', (language) => {
    const all = Object.fromEntries(
      Object.entries(variants(language)).map(([name, data]) => [name, sentencesOf(data)]),
    );
    expect(all).toMatchSnapshot();
  });

  it.each(LANGUAGES)('the single sentences and labels (%s)', (language) => {
    const parts = { higher: 'A', lower: 'B', label: 'L', meanHigher: 4.2, meanLower: 3.2 };
    const interview = {
      kind: 'customer-interview' as const,
      intervieweeRole: '',
      organisation: 'bakkerij',
      intervieweeName: 'Ann',
      nameMayBeShown: true,
    };
    expect({
      points: [0, 1, 1.004, 1.35, -2].map((value) => points(value, language)),
      largest: [
        largestGapSentence([gap], language),
        largestGapSentence([{ ...gap, diff: 1, linked: true }], language),
        largestGapSentence([gap, { ...gap, higher: 'X' }], language),
      ],
      gapSentences: [0, 1, 1.35].map((diff) => gapSentence({ ...parts, diff }, language)),
      ipa: ipaCutOffText(3.456, 2.5, language),
      attribution: [
        anonymousAttribution(interview, null, language),
        anonymousAttribution({ ...interview, organisation: '' }, null, language),
        anonymousAttribution(
          { ...interview, kind: 'internal-interview', organisation: '' },
          null,
          language,
        ),
        quoteAttribution(interview, { name: 'Productie', kind: 'department' }, language),
      ],
      menu: menuLabels[language],
    }).toMatchSnapshot();
  });

  it.each(LANGUAGES)(
    'the sample engagement: report, deck, gap analysis and exports (%s)',
    async (language) => {
      const workspace = tempWorkspace();
      // The sample's responses are entered now, and the sources line names their fieldwork day:
      // "now" is the day the snapshot was recorded, so it does not change with the calendar.
      vi.useFakeTimers({ toFake: ['Date'] });
      vi.setSystemTime(new Date('2026-12-06T12:00:00Z'));
      const engagement = (() => {
        try {
          return createSampleEngagement(workspace, language);
        } finally {
          vi.useRealTimers();
        }
      })();
      const built = buildEngagementReport(workspace, engagement.id, REPORT_DATE);
      const deck = buildDeck(built.data, built.document, built.settings);
      // The analysis as the export writes it (the Kloof tab is sent a part of it: the same words).
      const analysis = analyseEngagementGaps(workspace, { engagementId: engagement.id });
      const staff = workspace.instruments.latestByKey('klantgerichtheidsscan')!;
      const table = responsesTable(workspace, engagement.id, staff);
      expect({
        document: documentText(built.document).split('\n'),
        properties: built.document.properties,
        deck: strings(deck),
        gapSentences: strings(analysis).filter((text) => /\s/.test(text)),
        gapExport: gapExportSheets(analysis, language).map((sheet) => ({
          name: sheet.name,
          headers: sheet.headers,
          words: [...new Set(sheet.rows.flat().filter((cell) => typeof cell === 'string'))],
        })),
        responses: {
          headers: table.headers,
          groups: [...new Set(table.rows.map((row) => row[1]))],
          codebook: table.codebookHeaders,
        },
      }).toMatchSnapshot();
    },
  );
});

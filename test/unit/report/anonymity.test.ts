import { describe, expect, it } from 'vitest';
import { richDocFromPlainText } from '@shared/report/rich-text';
import {
  findPrivateNames,
  mayShowTotal,
  prepareReportData,
  privateNames,
  reportAttribution,
} from '@shared/report/anonymity';
import { buildReportDocument, documentText } from '@shared/report/document';
import { defaultReportSettings } from '@shared/report/settings';
import type { ReportSource } from '@shared/report/data';
import { loadReportSource } from '@main/core/report/assemble';
import { SAMPLE_HIDDEN_GROUP, SAMPLE_PRIVATE_NAMES, sampleWorkspace } from './sample-report';

function sampleSource(language: 'nl' | 'en' = 'nl'): ReportSource {
  const { workspace, engagement } = sampleWorkspace(language);
  return loadReportSource(workspace, engagement.id, { instrumentId: null }, 'Bureau Spiegel');
}

const interview = {
  kind: 'internal-interview' as const,
  intervieweeRole: 'Directeur',
  organisation: '',
  intervieweeName: 'Henk de Kroon',
  nameMayBeShown: false,
  groupId: 3,
};

describe('anonymity rules of the report', () => {
  it('report data holds no private names and no group below the threshold', () => {
    const source = sampleSource();
    const data = prepareReportData(source);
    const json = JSON.stringify(data);
    for (const name of SAMPLE_PRIVATE_NAMES) expect(json).not.toContain(name);
    expect(json).not.toContain(SAMPLE_HIDDEN_GROUP.nl);
    expect(data.groups.map((group) => group.name)).toEqual([
      'Productie',
      'Verkoop / Commercie',
      'Klanten',
    ]);
    expect(data.hiddenGroupCount).toBe(1);
  });

  it('withholds the whole-sample size when it would give away the one hidden group’s size', () => {
    const source = sampleSource();
    const data = prepareReportData(source);
    // 14 + 12 shown staff respondents: a printed total of 30 would reveal that 4 are in Management.
    expect(data.questionnaire?.respondents).toBeNull();
    expect(data.questionnaire?.dimensions.every((dimension) => dimension.n === null)).toBe(true);
    const hidden = new Set([3]);
    expect(mayShowTotal(source, hidden)).toBe(false);
    // Two hidden groups with answers: the total only gives away their sum, which is allowed.
    expect(
      mayShowTotal({ ...source, groupSizes: { ...source.groupSizes, 5: 3 } }, new Set([3, 5])),
    ).toBe(true);
    // No hidden group: the total is just the sum of what is shown.
    expect(mayShowTotal(source, new Set())).toBe(true);
  });

  it('attributes quotes anonymously, a name only where allowed, and a hidden group only generically', () => {
    const hidden = new Set([3]);
    const management = { name: 'Management', kind: 'management' as const };
    expect(reportAttribution(interview, management, hidden, 'nl')).toBe('Medewerker');
    expect(reportAttribution(interview, management, hidden, 'en')).toBe('Employee');
    expect(
      reportAttribution(
        { ...interview, groupId: 1 },
        { name: 'Productie', kind: 'department' },
        hidden,
        'nl',
      ),
    ).toBe('Directeur');
    expect(
      reportAttribution(
        {
          ...interview,
          groupId: 4,
          kind: 'customer-interview',
          intervieweeRole: '',
          organisation: 'scheepswerf',
        },
        { name: 'Klanten', kind: 'customer' },
        hidden,
        'nl',
      ),
    ).toBe('Klant, scheepswerf');
    expect(
      reportAttribution(
        {
          ...interview,
          groupId: 4,
          intervieweeName: 'Marieke de Wit',
          nameMayBeShown: true,
          intervieweeRole: 'Hoofd inkoop',
          organisation: 'scheepswerf',
        },
        { name: 'Klanten', kind: 'customer' },
        hidden,
        'nl',
      ),
    ).toBe('Marieke de Wit (Hoofd inkoop, scheepswerf)');
  });

  it('the sample’s quotes: the consenting customer is named, nobody else, and the director is an employee', () => {
    const data = prepareReportData(sampleSource());
    const attributions = data.interviews.quotes.map((quote) => quote.attribution);
    expect(attributions).toContain('Marieke de Wit (Hoofd inkoop, scheepswerf)');
    expect(attributions).toContain('Medewerker');
    expect(attributions).not.toContain('Directeur');
  });

  it('counts interviews per kind, never per group', () => {
    const data = prepareReportData(sampleSource());
    expect(data.interviews.total).toBe(9);
    expect(data.interviews.byKind).toEqual({
      'client-reflection': 2,
      'internal-interview': 3,
      'customer-interview': 2,
      'internal-session': 2,
    });
  });

  it('warns when the consultant’s own text names an interviewee who did not allow it', () => {
    const source = sampleSource();
    const names = privateNames(source.interviews);
    expect(names.sort()).toEqual([...SAMPLE_PRIVATE_NAMES].sort());
    expect(findPrivateNames('Volgens henk de kroon gaat het goed.', names)).toEqual([
      'Henk de Kroon',
    ]);
    const settings = defaultReportSettings();
    settings.sections = settings.sections.map((section) =>
      section.id === 'summary'
        ? { ...section, narrative: richDocFromPlainText('**Henk de Kroon** ziet het anders.') }
        : section,
    );
    const document = buildReportDocument({
      data: prepareReportData(source),
      settings,
      privateNames: names,
      today: '2026-12-15',
    });
    expect(document.warnings).toEqual([
      { section: 'summary', kind: 'privateName', name: 'Henk de Kroon' },
    ]);
  });

  it('the whole document model of the English sample mentions no private name and no hidden group', () => {
    const source = sampleSource('en');
    const document = buildReportDocument({
      data: prepareReportData(source),
      settings: defaultReportSettings(),
      privateNames: privateNames(source.interviews),
      today: '2026-12-15',
    });
    const text = documentText(document);
    for (const name of SAMPLE_PRIVATE_NAMES) expect(text).not.toContain(name);
    // The only "Management" is a statement of the questionnaire (in the appendix), not the group.
    const statement = 'Management shows through its own behaviour that the customer comes first.';
    expect(text).toContain(statement);
    expect(text.replaceAll(statement, '')).not.toContain(SAMPLE_HIDDEN_GROUP.en);
    expect(text).toContain('One group had fewer than 5 respondents');
  });
});

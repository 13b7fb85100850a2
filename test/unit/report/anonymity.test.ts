import { describe, expect, it } from 'vitest';
import { richDocFromPlainText } from '@shared/report/rich-text';
import {
  findPrivateNames,
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

  it('counts only the shown groups in the whole sample, so no hidden group can be worked out', () => {
    const data = prepareReportData(sampleSource());
    // 14 + 12 shown staff respondents; Management (4) alone may not be pooled, so it is left out.
    expect(data.questionnaire?.respondents).toBe(26);
    expect(data.questionnaire?.pooledRespondents).toBe(0);
    const shownStaff = data.groups
      .filter((group) => group.kind !== 'customer')
      .reduce((sum, group) => sum + group.respondents, 0);
    expect(data.questionnaire?.respondents).toBe(shownStaff);
    expect(data.questionnaire?.dimensions.every((dimension) => dimension.n <= 26)).toBe(true);
  });

  it('attributes quotes to no fewer people than the threshold and never to another perspective', () => {
    const source = sampleSource();
    const [production, , management, customers] = source.engagement.groups.map((group) => group.id);
    // The only director, in Management (hidden): not "Medewerker", not "Management", not his role.
    expect(reportAttribution({ ...interview, groupId: management! }, source).label).toBe(
      'Iemand uit de organisatie',
    );
    expect(
      reportAttribution(
        { ...interview, groupId: management! },
        { ...source, engagement: { ...source.engagement, language: 'en' } },
      ).label,
    ).toBe('Someone in the organisation');
    expect(reportAttribution({ ...interview, groupId: management! }, source).fromSmallGroup).toBe(
      true,
    );
    // A role can point at one person: anonymous speakers get their group, not their role.
    expect(reportAttribution({ ...interview, groupId: production! }, source).label).toBe(
      'Productie',
    );
    expect(
      reportAttribution(
        {
          ...interview,
          groupId: customers!,
          kind: 'customer-interview',
          intervieweeRole: '',
          organisation: 'scheepswerf',
        },
        source,
      ).label,
    ).toBe('Klanten');
    expect(
      reportAttribution(
        {
          ...interview,
          groupId: customers!,
          intervieweeName: 'Marieke de Wit',
          nameMayBeShown: true,
          intervieweeRole: 'Hoofd inkoop',
          organisation: 'scheepswerf',
        },
        source,
      ).label,
    ).toBe('Marieke de Wit (Hoofd inkoop, scheepswerf)');
    // Too few people on the customers' side altogether: only "Deelnemer" is left.
    const tiny = {
      ...source,
      engagement: {
        ...source.engagement,
        anonymityThreshold: 50,
      },
    };
    expect(
      reportAttribution({ ...interview, groupId: customers!, kind: 'customer-interview' }, tiny)
        .label,
    ).toBe('Deelnemer');
  });

  it('the sample’s quotes: the consenting customer is named, the director is someone in the organisation', () => {
    const data = prepareReportData(sampleSource());
    const attributions = data.interviews.quotes.map((quote) => quote.attribution);
    expect(attributions).toContain('Marieke de Wit (Hoofd inkoop, scheepswerf)');
    expect(attributions).toContain('Iemand uit de organisatie');
    expect(attributions).not.toContain('Directeur');
    expect(attributions).not.toContain('Medewerker');
    expect(attributions).not.toContain(SAMPLE_HIDDEN_GROUP.nl);
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

import type { Engagement } from '@shared/engagements/model';
import { defaultGroups } from '@shared/engagements/model';
import type { Language } from '@shared/questionnaire/instrument';
import type { Workspace } from '../workspace';
import { seedSampleResponses } from './sample-responses';
import { seedSampleInterviews } from './sample-interviews';

const SAMPLE_TEXT: Record<Language, { client: string; sector: string; notes: string }> = {
  nl: {
    client: 'Voorbeeld: Metaalwerk De Kroon B.V.',
    sector: 'Maakindustrie (synthetisch voorbeeld)',
    notes:
      'Dit is een synthetisch voorbeeld om Klantspiegel te verkennen. Alle gegevens zijn verzonnen.\n' +
      'Vraag van de klant: productie en verkoop lijken een ander beeld van de klant te hebben.',
  },
  en: {
    client: 'Sample: De Kroon Metalworks Ltd',
    sector: 'Manufacturing (synthetic sample)',
    notes:
      'This is a synthetic sample for exploring Klantspiegel. All data is made up.\n' +
      "The client's question: production and sales seem to see the customer differently.",
  },
};

/** Invited per sample group (production, sales, management, customers): realistic response rates. */
const SAMPLE_INVITED = [20, 16, 6, 40];

/**
 * Creates the synthetic sample engagement offered from the empty state, so every screen has
 * something to show. Each capability adds its part here (responses, interviews, report).
 */
export function createSampleEngagement(workspace: Workspace, language: Language): Engagement {
  const text = SAMPLE_TEXT[language];
  // All or nothing: a half-seeded sample would show screens that contradict each other.
  return workspace.db.transaction(() => {
    const illustrativeNorms = workspace.benchmarks
      .listNormSets()
      .find((stored) => stored.normSet.illustrative);
    const engagement = workspace.engagements.create({
      clientName: text.client,
      sector: text.sector,
      consultants: ['Sanne Consultant'],
      startDate: '2026-09-01',
      endDate: '2026-12-15',
      language,
      status: 'active',
      notes: text.notes,
      isSample: true,
      normSetId: illustrativeNorms?.id ?? null,
      groups: defaultGroups(language).map((group, index) => ({
        ...group,
        description: group.description ?? '',
        invited: SAMPLE_INVITED[index] ?? null,
      })),
    });
    seedSampleResponses(workspace, engagement);
    seedSampleInterviews(workspace, engagement, language);
    return workspace.engagements.get(engagement.id);
  })();
}

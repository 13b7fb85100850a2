import type { Workspace } from '@main/core/workspace';
import type { Engagement } from '@shared/engagements/model';
import type { Language } from '@shared/questionnaire/instrument';
import { docFromBlocks, type DocBlock } from '@shared/interviews/note-doc';

export function createEngagement(
  workspace: Workspace,
  clientName = 'Metaalwerk Noord',
  language: Language = 'nl',
): Engagement {
  return workspace.engagements.create({
    clientName,
    sector: 'Metaal',
    consultants: ['An de Vries'],
    startDate: null,
    endDate: null,
    language,
    status: 'active',
    notes: '',
    groups: [
      { name: 'Productie', kind: 'department', description: '' },
      { name: 'Verkoop', kind: 'department', description: '' },
      { name: 'Klanten', kind: 'customer', description: '' },
    ],
  });
}

export const doc = (...blocks: DocBlock[]) => docFromBlocks(blocks);

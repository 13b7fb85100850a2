/**
 * Generates synthetic engagements of a given size for the bench: an instrument with `items`
 * likert items in 10 dimensions, `respondents` answers spread over `groups` groups, and the same
 * data as a survey-export CSV. Deterministic (seeded), so runs are comparable.
 */
import { withIdentity, type Instrument, type Item } from '@shared/questionnaire/instrument';
import type { Workspace } from '@main/core/workspace';
import { seededRandom } from '@shared/util/seeded-random';

export interface SyntheticSize {
  respondents: number;
  items: number;
  groups: number;
}

const text = (value: string) => ({ nl: value, en: value });

export function syntheticInstrument(itemCount: number): Instrument {
  const dimensionCount = 10;
  const items: Omit<Item, 'id' | 'linkedTo'>[] = Array.from({ length: itemCount }, (_, index) => ({
    code: `Q${index + 1}`,
    kind: 'likert',
    text: text(`Synthetic statement ${index + 1}`),
    dimension: `D${index % dimensionCount}`,
    reverse: index % 5 === 4,
    need: null,
  }));
  const labels = ['Helemaal mee oneens', 'Mee oneens', 'Neutraal', 'Mee eens', 'Helemaal mee eens'];
  const scale = {
    min: 1,
    max: 5,
    points: labels.map((label, index) => ({ value: index + 1, label: text(label) })),
    dontKnow: null,
  };
  return withIdentity({
    id: `bench-${itemCount}`,
    version: 1,
    name: text(`Bench instrument ${itemCount}`),
    description: null,
    audience: 'staff',
    scale,
    needsScale: scale,
    dimensions: Array.from({ length: dimensionCount }, (_, d) => ({
      code: `D${d}`,
      name: text(`Dimension ${d}`),
      description: null,
    })),
    needs: [],
    items,
  });
}

export function groupNames(count: number): string[] {
  return Array.from({ length: count }, (_, index) => `Afdeling ${index + 1}`);
}

/** A Dutch-Excel-style export: `;`, a respondent code, a group column and one column per item. */
export function syntheticCsv(size: SyntheticSize): string {
  const random = seededRandom(42);
  const names = groupNames(size.groups);
  const header = [
    'Respondent',
    'Afdeling',
    ...Array.from({ length: size.items }, (_, index) => `Q${index + 1}`),
  ];
  const lines = [header.join(';')];
  for (let r = 0; r < size.respondents; r++) {
    const group = r % size.groups;
    const cells = [`R${r + 1}`, names[group] ?? ''];
    for (let i = 0; i < size.items; i++) {
      cells.push(random() < 0.03 ? '' : String(1 + Math.floor(random() * 5)));
    }
    lines.push(cells.join(';'));
  }
  return `${lines.join('\r\n')}\r\n`;
}

/** Fills a workspace with `count` engagements of 6 groups each (for list and search timings). */
export function seedEngagements(workspace: Workspace, count: number): void {
  workspace.db.transaction(() => {
    for (let index = 0; index < count; index++) {
      workspace.engagements.create({
        clientName: `Klant ${index + 1} B.V.`,
        sector: index % 2 === 0 ? 'Maakindustrie' : 'Zakelijke dienstverlening',
        consultants: ['Bench'],
        startDate: '2026-01-01',
        endDate: null,
        language: 'nl',
        status: index % 3 === 0 ? 'closed' : 'active',
        notes: '',
        groups: groupNames(6).map((name) => ({ name, kind: 'department', description: '' })),
      });
    }
  })();
}

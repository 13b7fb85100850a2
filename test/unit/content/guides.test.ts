import { describe, expect, it } from 'vitest';
import {
  GUIDE_KINDS,
  isFullyTranslated,
  parseGuide,
  SHIPPED_GUIDE_FILES,
  type Guide,
} from '@shared/content';
import { DIMENSION_CODES, readJson } from './load';

const shipped: { file: string; raw: unknown; guide: Guide }[] = SHIPPED_GUIDE_FILES.map((file) => {
  const raw = readJson(`resources/${file}`);
  const result = parseGuide(raw);
  if (!result.ok) throw new Error(`${file}: ${JSON.stringify(result.problems)}`);
  return { file, raw, guide: result.guide };
});

const byKind = (kind: Guide['kind']): Guide =>
  shipped.find(({ guide }) => guide.kind === kind)!.guide;
const englishQuestions = (guide: Guide) => guide.questions.map((question) => question.text.en);

describe('shipped interview guides', () => {
  it('include one guide of each kind, with unique ids', () => {
    expect(shipped.map(({ guide }) => guide.kind).sort()).toEqual([...GUIDE_KINDS].sort());
    expect(new Set(shipped.map(({ guide }) => guide.id)).size).toBe(shipped.length);
    for (const { file, guide } of shipped) expect(file).toBe(`guides/${guide.id}.json`);
  });

  it('link questions only to dimensions of the Klantgerichtheidsscan', () => {
    for (const { guide } of shipped) {
      const linked = guide.questions.filter((question) => question.dimension !== null);
      expect(linked.length, guide.id).toBeGreaterThan(0);
      for (const question of linked) expect(DIMENSION_CODES).toContain(question.dimension);
    }
  });

  it('write every text in both Dutch and English', () => {
    const texts: unknown[] = [];
    const collect = (value: unknown): void => {
      if (Array.isArray(value)) value.forEach(collect);
      else if (value && typeof value === 'object') {
        if ('nl' in value || 'en' in value) texts.push(value);
        else Object.values(value).forEach(collect);
      }
    };
    for (const { raw } of shipped) collect(raw);
    expect(texts.length).toBeGreaterThan(80);
    for (const text of texts)
      expect(isFullyTranslated(text as never), JSON.stringify(text)).toBe(true);
  });

  it('ask a client how the collaboration is going rather than about running projects', () => {
    const guide = byKind('client-reflection');
    expect(guide.audience).toBe('customer');
    expect(englishQuestions(guide)[0]).toMatch(/how .* our collaboration is going/i);
    expect(guide.description?.en).toMatch(/not about running projects/);
  });

  it('ask staff the three internal questions, with follow-ups', () => {
    const guide = byKind('internal-interview');
    expect(guide.audience).toBe('staff');
    expect(englishQuestions(guide)).toEqual(
      expect.arrayContaining([
        'What was your best customer experience this year?',
        expect.stringContaining('what did that meeting bring our customer?'),
        'What did you change in your own behaviour last month because of customer feedback?',
      ]),
    );
    for (const question of guide.questions.slice(0, 3)) {
      expect(question.followUps.length, question.id).toBeGreaterThanOrEqual(2);
    }
  });

  it('give the customer interview needs, what goes well and what frustrates', () => {
    const questions = englishQuestions(byKind('customer-interview')).join('\n');
    expect(questions).toMatch(/look for when choosing/);
    expect(questions).toMatch(/What goes well/);
    expect(questions).toMatch(/What frustrates you/);
  });

  it('centre the internal customer session on what we only think we know', () => {
    const guide = byKind('internal-session');
    expect(guide.description?.en).toContain('what do we only think we know?');
    expect(englishQuestions(guide)).toContain('What do we only think we know about our customer?');
  });
});

describe('broken guides', () => {
  it('reports duplicate question ids, an unknown kind and a question without text', () => {
    const result = parseGuide({
      id: 'eigen',
      kind: 'focus-group',
      audience: 'staff',
      name: 'Eigen gids',
      questions: [
        { id: 'q1', text: 'Eerste vraag' },
        { id: 'q1', text: 'Tweede vraag', dimension: 'KK' },
        { id: 'q 3' },
      ],
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems.map((problem) => [problem.path, problem.key])).toEqual([
      ['kind', 'guides.invalidValue'],
      ['questions.2.id', 'guides.invalidQuestionId'],
      ['questions.2.text', 'guides.required'],
    ]);
  });

  it('fills in defaults for a minimal guide and reports duplicate question ids', () => {
    const minimal = parseGuide({
      id: 'eigen',
      kind: 'internal-session',
      audience: 'staff',
      name: 'Eigen sessie',
      questions: [{ id: 'q1', text: 'Wat weten we?' }],
    });
    expect(minimal.ok && minimal.guide).toMatchObject({
      version: 1,
      description: null,
      durationMinutes: null,
      questions: [{ id: 'q1', dimension: null, followUps: [], hint: null }],
    });
    const duplicate = parseGuide({
      id: 'eigen',
      kind: 'internal-session',
      audience: 'staff',
      name: 'Eigen sessie',
      questions: [
        { id: 'q1', text: 'Wat weten we?' },
        { id: 'q1', text: 'Wat denken we te weten?' },
      ],
    });
    expect(duplicate.ok === false && duplicate.problems.map((problem) => problem.key)).toEqual([
      'guides.duplicateQuestionId',
    ]);
  });
});

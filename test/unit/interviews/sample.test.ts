import { describe, expect, it } from 'vitest';
import { tempWorkspace } from '@test/support/temp-workspace';
import { INTERVIEW_KINDS } from '@shared/interviews/model';
import { themeGroupMatrix } from '@shared/interviews/themes';
import { testDispatcher } from '@test/support/dispatcher';

describe('the sample engagement', () => {
  for (const language of ['nl', 'en'] as const) {
    it(`has interviews of each kind with notes, quotes and themes (${language})`, async () => {
      const workspace = tempWorkspace();
      const { call } = testDispatcher(workspace);
      const engagement = await call('engagements.createSample', { language });
      const interviews = await call('interviews.list', { engagementId: engagement.id });
      for (const kind of INTERVIEW_KINDS) {
        expect(
          interviews.filter((interview) => interview.kind === kind).length,
          kind,
        ).toBeGreaterThanOrEqual(2);
      }
      expect(interviews.every((interview) => interview.wordCount > 10)).toBe(true);
      const quotes = await call('interviews.quotes.list', { engagementId: engagement.id });
      const themes = await call('interviews.themes.list', { engagementId: engagement.id });
      expect(quotes.length).toBeGreaterThanOrEqual(15);
      expect(quotes.every((quote) => quote.themeIds.length > 0)).toBe(true);
      expect(themes.some((theme) => theme.parentId !== null)).toBe(true);
      // Every quote is really part of the notes it was marked in.
      for (const quote of quotes) {
        const notes = workspace.interviews.notesText(quote.interviewId);
        expect(notes.find((note) => note.sectionKey === quote.sectionKey)?.text).toContain(
          quote.text,
        );
      }

      // The kitchen and the floor: collaboration is raised by production, sales and customers.
      const collaboration = themes.find((theme) => theme.dimensions.includes('LC'))!;
      const matrix = themeGroupMatrix(
        quotes,
        themes,
        engagement.groups.map((group) => group.id),
      );
      const row = matrix.rows.find((candidate) => candidate.themeId === collaboration.id)!;
      const [production, sales, , customers] = row.counts;
      expect(production).toBeGreaterThan(0);
      expect(sales).toBeGreaterThan(0);
      expect(customers).toBeGreaterThan(0);

      const hits = await call('interviews.search', {
        query: language === 'nl' ? 'levertijd' : 'lead time',
        engagementId: engagement.id,
      });
      expect(hits.hits.length).toBeGreaterThan(0);
    });
  }
});

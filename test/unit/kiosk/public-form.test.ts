import { describe, expect, it } from 'vitest';
import { kioskPages } from '@main/core/kiosk/public-form';
import { nextKioskCode } from '@main/core/kiosk/session';
import { tempWorkspace } from '@test/support/temp-workspace';

describe('kiosk pages', () => {
  it('puts each dimension on its own page and splits long blocks evenly', () => {
    const workspace = tempWorkspace();
    const staffScan = workspace.instruments.list().find((s) => s.key === 'klantgerichtheidsscan')!;
    const { instrument } = workspace.instruments.get(staffScan.id);
    const pages = kioskPages(instrument, 'en');

    // Every question appears once, in questionnaire order.
    expect(pages.flatMap((page) => page.questions.map((q) => q.code))).toEqual(
      instrument.items.map((item) => item.code),
    );
    for (const page of pages) {
      expect(page.questions.length).toBeGreaterThan(0);
      expect(page.questions.length).toBeLessThanOrEqual(6);
      const kinds = new Set(page.questions.map((q) => q.kind));
      expect(kinds.size).toBe(1);
    }
    // A dimension never shares a page with another one.
    const dimensionOf = new Map(instrument.items.map((item) => [item.code, item.dimension]));
    for (const page of pages.filter((p) => p.scale === 'likert')) {
      expect(new Set(page.questions.map((q) => dimensionOf.get(q.code))).size).toBe(1);
    }
    // Ten customer needs: two pages of five, on the needs scale.
    const needs = pages.filter((page) => page.questions[0]?.kind === 'importance');
    expect(needs.map((page) => [page.scale, page.questions.length])).toEqual([
      ['needs', 5],
      ['needs', 5],
    ]);
    expect(pages.at(-1)).toMatchObject({ scale: null });
    expect(pages[0]!.questions[0]!.text).toBe(instrument.items[0]!.text.en);
  });
});

describe('kiosk respondent codes', () => {
  it('continue after the highest kiosk code and ignore other codes', () => {
    expect(nextKioskCode([])).toBe('K001');
    expect(nextKioskCode(['R001', 'K001', 'K009', '12', 'KX'])).toBe('K010');
    expect(nextKioskCode(['K999'])).toBe('K1000');
  });
});

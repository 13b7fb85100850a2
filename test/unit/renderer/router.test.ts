import { describe, expect, it } from 'vitest';
import { parseRoute, routeHref, type Route } from '@renderer/app/router';

describe('router', () => {
  it('reads every screen from the URL fragment', () => {
    expect(parseRoute('')).toEqual({ screen: 'engagements' });
    expect(parseRoute('#/')).toEqual({ screen: 'engagements' });
    expect(parseRoute('#/engagements/new')).toEqual({ screen: 'newEngagement' });
    expect(parseRoute('#/data')).toEqual({ screen: 'data' });
    expect(parseRoute('#/library')).toEqual({ screen: 'library', tab: 'instruments' });
    expect(parseRoute('#/library/house-style')).toEqual({ screen: 'library', tab: 'house-style' });
    expect(parseRoute('#/library/instruments/7')).toEqual({
      screen: 'library',
      tab: 'instruments',
      instrumentId: 7,
    });
    expect(parseRoute('#/library/guides/workspace:3')).toEqual({
      screen: 'library',
      tab: 'guides',
      guideRef: 'workspace:3',
    });
  });

  it('gives each interview its own address inside its engagement', () => {
    expect(parseRoute('#/engagements/12')).toEqual({
      screen: 'engagement',
      id: 12,
      section: 'overview',
      view: undefined,
      item: undefined,
    });
    expect(parseRoute('#/engagements/12/interviews/notes/40')).toEqual({
      screen: 'engagement',
      id: 12,
      section: 'interviews',
      view: 'notes',
      item: 40,
    });
  });

  it('falls back to the engagement list for addresses it does not know', () => {
    for (const hash of [
      '#/library/nonsense',
      '#/library/tips/4',
      '#/library/instruments/abc',
      '#/engagements/x',
      '#/engagements/1/interviews/notes/abc',
      '#/elsewhere',
    ]) {
      expect(parseRoute(hash), hash).toEqual({ screen: 'engagements' });
    }
  });

  it('writes addresses that read back as the same route', () => {
    const routes: Route[] = [
      { screen: 'engagements' },
      { screen: 'newEngagement' },
      { screen: 'data' },
      { screen: 'library', tab: 'instruments' },
      { screen: 'library', tab: 'guides' },
      { screen: 'library', tab: 'norms' },
      { screen: 'library', tab: 'instruments', instrumentId: 5 },
      { screen: 'library', tab: 'guides', guideRef: 'shipped:customer-interview' },
      { screen: 'engagement', id: 3, section: 'overview', view: undefined, item: undefined },
      { screen: 'engagement', id: 3, section: 'gaps', view: undefined, item: undefined },
      { screen: 'engagement', id: 3, section: 'questionnaire', view: 'results', item: undefined },
      { screen: 'engagement', id: 3, section: 'interviews', view: 'notes', item: 9 },
    ];
    for (const route of routes) expect(parseRoute(routeHref(route))).toEqual(route);
    expect(routeHref({ screen: 'library', tab: 'instruments' })).toBe('#/library');
    expect(routeHref({ screen: 'engagement', id: 3, section: 'overview' })).toBe('#/engagements/3');
  });
});

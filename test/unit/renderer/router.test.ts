/** The app's addresses: a reload or a bookmarked link brings the consultant back to the same place. */
import { describe, expect, it } from 'vitest';
import { parseRoute, routeHref, type Route } from '@renderer/app/router';

describe('router', () => {
  it.each<[string, Route]>([
    ['#/', { screen: 'engagements' }],
    ['#/engagements/new', { screen: 'newEngagement' }],
    ['#/data', { screen: 'data' }],
    ['#/library', { screen: 'library', tab: 'instruments', instrumentId: undefined }],
    ['#/library/tips', { screen: 'library', tab: 'tips', instrumentId: undefined }],
    ['#/library/norms', { screen: 'library', tab: 'norms', instrumentId: undefined }],
    ['#/library/instruments/7', { screen: 'library', tab: 'instruments', instrumentId: 7 }],
    ['#/engagements/12', { screen: 'engagement', id: 12, section: 'overview', view: undefined }],
    [
      '#/engagements/12/questionnaire',
      { screen: 'engagement', id: 12, section: 'questionnaire', view: undefined },
    ],
    [
      '#/engagements/12/questionnaire/import',
      { screen: 'engagement', id: 12, section: 'questionnaire', view: 'import' },
    ],
  ])('%s opens its screen and is the address of that screen', (hash, route) => {
    expect(parseRoute(hash)).toEqual(route);
    expect(routeHref(route)).toBe(hash);
  });

  it('reads an address without the leading #', () => {
    expect(parseRoute('/engagements/3/gaps')).toMatchObject({ id: 3, section: 'gaps' });
  });

  it.each(['', '#', '#/onbekend', '#/engagements/abc', '#/engagements/1/Kloof', '#/library/x'])(
    'sends an unknown address (%s) to the engagement list instead of a blank screen',
    (hash) => {
      expect(parseRoute(hash)).toEqual({ screen: 'engagements' });
    },
  );

  it('every screen it links to reads back as the same screen', () => {
    const routes: Route[] = [
      { screen: 'engagement', id: 5, section: 'report' },
      { screen: 'engagement', id: 5, section: 'overview' },
      { screen: 'library', tab: 'tips', instrumentId: 9 },
      { screen: 'library', tab: 'instruments' },
    ];
    for (const route of routes) {
      const back = parseRoute(routeHref(route));
      expect(back.screen).toBe(route.screen);
      if (route.screen === 'engagement')
        expect(back).toMatchObject({ id: 5, section: route.section });
      if (route.screen === 'library') expect(back).toMatchObject({ tab: route.tab });
    }
  });
});

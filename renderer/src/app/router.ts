import { useEffect, useState } from 'react';

/** The screens of the app, addressed by the URL fragment so reloads and Back keep the place. */
export type Route =
  | { screen: 'engagements' }
  | { screen: 'newEngagement' }
  | {
      screen: 'engagement';
      id: number;
      section: string;
      view?: string | undefined;
      /** One thing inside the view, e.g. the interview open in the notes view. */
      item?: number | undefined;
    }
  | {
      screen: 'library';
      tab: LibraryTab;
      instrumentId?: number | undefined;
      /** The guide open in the guides tab ("shipped:<id>" or "workspace:<n>"). */
      guideRef?: string | undefined;
    }
  | { screen: 'data' };

/**
 * The tabs of the consultant's library: everything that serves every engagement (instruments,
 * interview guides, tips, norm sets and the house style of the reports).
 */
export const LIBRARY_TABS = ['instruments', 'guides', 'tips', 'norms', 'house-style'] as const;
export type LibraryTab = (typeof LIBRARY_TABS)[number];

const LIBRARY = /^\/library(?:\/([a-z-]+))?(?:\/([A-Za-z0-9_.:-]+))?$/;
const ENGAGEMENT = /^\/engagements\/(\d+)(?:\/([a-z-]+))?(?:\/([a-z-]+))?(?:\/(\d+))?$/;

function libraryRoute(tabSegment: string | undefined, item: string | undefined): Route | null {
  const tab = (tabSegment ?? 'instruments') as LibraryTab;
  if (!LIBRARY_TABS.includes(tab)) return null;
  if (tab === 'instruments' && item !== undefined) {
    return /^\d+$/.test(item) ? { screen: 'library', tab, instrumentId: Number(item) } : null;
  }
  if (tab === 'guides' && item !== undefined) {
    return { screen: 'library', tab, guideRef: decodeURIComponent(item) };
  }
  return item === undefined ? { screen: 'library', tab } : null;
}

export function parseRoute(hash: string): Route {
  const path = hash.replace(/^#/, '');
  if (path === '/engagements/new') return { screen: 'newEngagement' };
  if (path === '/data') return { screen: 'data' };
  const library = LIBRARY.exec(path);
  if (library) return libraryRoute(library[1], library[2]) ?? { screen: 'engagements' };
  const match = ENGAGEMENT.exec(path);
  if (match) {
    return {
      screen: 'engagement',
      id: Number(match[1]),
      section: match[2] ?? 'overview',
      view: match[3],
      item: match[4] === undefined ? undefined : Number(match[4]),
    };
  }
  return { screen: 'engagements' };
}

export function routeHref(route: Route): string {
  switch (route.screen) {
    case 'engagements':
      return '#/';
    case 'newEngagement':
      return '#/engagements/new';
    case 'data':
      return '#/data';
    case 'library': {
      if (route.tab === 'instruments' && route.instrumentId !== undefined) {
        return `#/library/instruments/${route.instrumentId}`;
      }
      if (route.tab === 'guides' && route.guideRef !== undefined) {
        return `#/library/guides/${route.guideRef}`;
      }
      return route.tab === 'instruments' ? '#/library' : `#/library/${route.tab}`;
    }
    case 'engagement': {
      const base = `#/engagements/${route.id}`;
      if (route.section === 'overview' && !route.view) return base;
      if (!route.view) return `${base}/${route.section}`;
      const item = route.item === undefined ? '' : `/${route.item}`;
      return `${base}/${route.section}/${route.view}${item}`;
    }
  }
}

export function navigate(route: Route): void {
  window.location.hash = routeHref(route);
}

export function useRoute(): Route {
  const [route, setRoute] = useState(() => parseRoute(window.location.hash));
  useEffect(() => {
    const onChange = () => setRoute(parseRoute(window.location.hash));
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }, []);
  return route;
}

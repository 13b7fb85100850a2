import { useEffect, useState } from 'react';

/** The screens of the app, addressed by the URL fragment so reloads keep the place. */
export type Route =
  | { screen: 'engagements' }
  | { screen: 'newEngagement' }
  | { screen: 'engagement'; id: number; section: string; view?: string | undefined }
  | { screen: 'library'; tab: LibraryTab; instrumentId?: number | undefined }
  | { screen: 'data' };

/** The tabs of the consultant's library (instruments, tips, norm sets). */
export type LibraryTab = 'instruments' | 'tips' | 'norms';

export function parseRoute(hash: string): Route {
  const path = hash.replace(/^#/, '');
  if (path === '/engagements/new') return { screen: 'newEngagement' };
  if (path === '/data') return { screen: 'data' };
  const library = /^\/library(?:\/(instruments|tips|norms))?(?:\/(\d+))?$/.exec(path);
  if (library) {
    const tab = (library[1] ?? 'instruments') as LibraryTab;
    return { screen: 'library', tab, instrumentId: library[2] ? Number(library[2]) : undefined };
  }
  const match = /^\/engagements\/(\d+)(?:\/([a-z-]+))?(?:\/([a-z-]+))?$/.exec(path);
  if (match) {
    return {
      screen: 'engagement',
      id: Number(match[1]),
      section: match[2] ?? 'overview',
      view: match[3],
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
    case 'library':
      if (route.tab === 'instruments' && route.instrumentId !== undefined) {
        return `#/library/instruments/${route.instrumentId}`;
      }
      return route.tab === 'instruments' ? '#/library' : `#/library/${route.tab}`;
    case 'engagement':
      if (route.section === 'overview') return `#/engagements/${route.id}`;
      return route.view
        ? `#/engagements/${route.id}/${route.section}/${route.view}`
        : `#/engagements/${route.id}/${route.section}`;
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

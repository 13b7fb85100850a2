import { useTranslation } from 'react-i18next';
import type { Route } from '@renderer/app/router';
import { routeHref } from '@renderer/app/router';
import './tab-nav.css';

export interface TabDefinition<Id extends string = string> {
  id: Id;
  /** i18n key of the tab's label. */
  labelKey: string;
}

interface TabNavProps<Id extends string> {
  /** i18n key of the navigation's accessible name. */
  labelKey: string;
  tabs: readonly TabDefinition<Id>[];
  current: Id | undefined;
  /** Where each tab leads: tabs are links, so Back, reload and "open in new tab" work. */
  routeOf: (id: Id) => Route;
}

/**
 * The one tab style of the app, for the top-level tabs of a screen and the views inside a tab
 * alike: links with the current one marked, in a row that scrolls rather than wraps.
 */
export function TabNav<Id extends string>({ labelKey, tabs, current, routeOf }: TabNavProps<Id>) {
  const { t } = useTranslation();
  return (
    <nav className="tabs" aria-label={t(labelKey)}>
      {tabs.map((tab) => (
        <a
          key={tab.id}
          href={routeHref(routeOf(tab.id))}
          aria-current={tab.id === current ? 'page' : undefined}
          data-label={t(tab.labelKey)}
        >
          {t(tab.labelKey)}
        </a>
      ))}
    </nav>
  );
}

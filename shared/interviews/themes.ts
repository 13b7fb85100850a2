/**
 * The codebook: themes in at most two levels, their colours, and the overviews built from quotes
 * (counts per theme, theme × group matrix, filters). Pure functions over plain arrays, used by
 * main (export) and the renderer (overviews) alike.
 */
import type { Quote, Theme } from './model';

/**
 * Okabe & Ito's palette, distinguishable with the common forms of colour blindness. Themes are
 * also always shown with their name, never by colour alone.
 */
export const THEME_PALETTE = [
  '#0072B2',
  '#E69F00',
  '#009E73',
  '#CC79A7',
  '#56B4E9',
  '#D55E00',
  '#F0E442',
  '#999999',
] as const;

/** The first palette colour not yet used, or cycling through the palette when all are. */
export function nextThemeColour(used: readonly string[]): string {
  const taken = new Set(used.map((colour) => colour.toUpperCase()));
  return (
    THEME_PALETTE.find((colour) => !taken.has(colour)) ??
    THEME_PALETTE[used.length % THEME_PALETTE.length]!
  );
}

/** Black or white, whichever reads better on the colour (WCAG relative luminance). */
export function textColourOn(colour: string): '#000000' | '#ffffff' {
  const channel = (start: number) => {
    const value = parseInt(colour.slice(start, start + 2), 16) / 255;
    return value <= 0.03928 ? value / 12.92 : ((value + 0.055) / 1.055) ** 2.4;
  };
  const luminance = 0.2126 * channel(1) + 0.7152 * channel(3) + 0.0722 * channel(5);
  return luminance > 0.179 ? '#000000' : '#ffffff';
}

type ThemeLike = Pick<Theme, 'id' | 'parentId' | 'name' | 'position'>;

export interface ThemeTreeNode<T extends ThemeLike> {
  theme: T;
  children: T[];
}

const byPosition = (a: ThemeLike, b: ThemeLike) => a.position - b.position || a.id - b.id;

/** Top-level themes with their children, each level in codebook order. */
export function themeTree<T extends ThemeLike>(themes: readonly T[]): ThemeTreeNode<T>[] {
  const ids = new Set(themes.map((theme) => theme.id));
  return themes
    .filter((theme) => theme.parentId === null || !ids.has(theme.parentId))
    .sort(byPosition)
    .map((theme) => ({
      theme,
      children: themes.filter((child) => child.parentId === theme.id).sort(byPosition),
    }));
}

/** Themes in display order: each parent followed by its children. */
export function themesInOrder<T extends ThemeLike>(themes: readonly T[]): T[] {
  return themeTree(themes).flatMap((node) => [node.theme, ...node.children]);
}

/** "Parent > Child", or just the name of a top-level theme. */
export function themePath(theme: ThemeLike, themes: readonly ThemeLike[]): string {
  const parent =
    theme.parentId === null ? undefined : themes.find((other) => other.id === theme.parentId);
  return parent ? `${parent.name} > ${theme.name}` : theme.name;
}

export type ThemeParentProblem =
  | 'interviews.themeParentMissing'
  | 'interviews.themeParentSelf'
  | 'interviews.themeParentNested'
  | 'interviews.themeHasChildren';

/**
 * Whether `themeId` (undefined for a new theme) may sit under `parentId`: the parent must be a
 * top-level theme of the same codebook, and a theme with children cannot become a child itself.
 */
export function checkThemeParent(
  themes: readonly ThemeLike[],
  themeId: number | undefined,
  parentId: number | null,
): ThemeParentProblem | null {
  if (parentId === null) return null;
  if (parentId === themeId) return 'interviews.themeParentSelf';
  const parent = themes.find((theme) => theme.id === parentId);
  if (!parent) return 'interviews.themeParentMissing';
  if (parent.parentId !== null) return 'interviews.themeParentNested';
  if (themeId !== undefined && themes.some((theme) => theme.parentId === themeId)) {
    return 'interviews.themeHasChildren';
  }
  return null;
}

/** The theme and, for a parent, all its children: a quote coded with any of them counts. */
export function themeFamily(themeId: number, themes: readonly ThemeLike[]): Set<number> {
  return new Set([
    themeId,
    ...themes.filter((theme) => theme.parentId === themeId).map((theme) => theme.id),
  ]);
}

type QuoteLike = Pick<Quote, 'id' | 'interviewId' | 'groupId' | 'themeIds'>;

export interface QuoteFilter {
  themeId?: number | null;
  /** A group id, or 'none' for quotes from interviews without a group. */
  groupId?: number | 'none' | null;
  interviewId?: number | null;
}

/** Quotes matching every filter set; a parent theme also matches its children's quotes. */
export function filterQuotes<Q extends QuoteLike>(
  quotes: readonly Q[],
  themes: readonly ThemeLike[],
  filter: QuoteFilter,
): Q[] {
  const family =
    filter.themeId !== undefined && filter.themeId !== null
      ? themeFamily(filter.themeId, themes)
      : null;
  return quotes.filter(
    (quote) =>
      (!family || quote.themeIds.some((themeId) => family.has(themeId))) &&
      (filter.groupId === undefined ||
        filter.groupId === null ||
        (filter.groupId === 'none' ? quote.groupId === null : quote.groupId === filter.groupId)) &&
      (filter.interviewId === undefined ||
        filter.interviewId === null ||
        quote.interviewId === filter.interviewId),
  );
}

export interface ThemeCount {
  themeId: number;
  /** Quotes coded with the theme (for a parent: with it or any of its children). */
  quotes: number;
  /** Interviews those quotes come from. */
  interviews: number;
}

export function themeCounts(
  quotes: readonly QuoteLike[],
  themes: readonly ThemeLike[],
): ThemeCount[] {
  return themesInOrder(themes).map((theme) => {
    const matching = filterQuotes(quotes, themes, { themeId: theme.id });
    return {
      themeId: theme.id,
      quotes: matching.length,
      interviews: new Set(matching.map((quote) => quote.interviewId)).size,
    };
  });
}

export interface MatrixRow {
  themeId: number;
  /** Quote counts per column, in the order of `ThemeGroupMatrix.groups`. */
  counts: number[];
  total: number;
}

export interface ThemeGroupMatrix {
  /** Column keys: group ids in engagement order, then 'none' when any quote has no group. */
  groups: (number | 'none')[];
  rows: MatrixRow[];
}

/** How often each perspective raised each theme (quotes, parents including their children). */
export function themeGroupMatrix(
  quotes: readonly QuoteLike[],
  themes: readonly ThemeLike[],
  groupIds: readonly number[],
): ThemeGroupMatrix {
  const groups: (number | 'none')[] = [...groupIds];
  if (quotes.some((quote) => quote.groupId === null || !groupIds.includes(quote.groupId))) {
    groups.push('none');
  }
  const rows = themesInOrder(themes).map((theme) => {
    const matching = filterQuotes(quotes, themes, { themeId: theme.id });
    const counts = groups.map(
      (group) =>
        matching.filter((quote) =>
          group === 'none'
            ? quote.groupId === null || !groupIds.includes(quote.groupId)
            : quote.groupId === group,
        ).length,
    );
    return { themeId: theme.id, counts, total: matching.length };
  });
  return { groups, rows };
}

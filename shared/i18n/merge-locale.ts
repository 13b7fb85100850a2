/** Merges one language's per-domain locale files into the one tree i18next reads. */
export type Tree = { [key: string]: string | Tree };

/** One language's locale files by domain (locales/<lang>.ts). */
export type LocaleFiles = Record<string, Tree>;

export function mergeLocale(files: LocaleFiles): Tree {
  const merged: Tree = {};
  for (const tree of Object.values(files)) mergeInto(merged, tree);
  return merged;
}

function mergeInto(target: Tree, source: Tree): void {
  for (const [key, value] of Object.entries(source)) {
    const existing = target[key];
    if (typeof value === 'object' && typeof existing === 'object') mergeInto(existing, value);
    else target[key] = typeof value === 'object' ? structuredClone(value) : value;
  }
}

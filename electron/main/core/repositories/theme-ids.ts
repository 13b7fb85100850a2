/**
 * Themes applied to a row (a quote, a coded passage, an open answer) are read in the row's own
 * SELECT as `group_concat(theme_id) AS theme_ids`; this turns that column back into ids.
 */
export function themeIdsOf(column: string | null): number[] {
  return (column ?? '')
    .split(',')
    .filter(Boolean)
    .map(Number)
    .sort((a, b) => a - b);
}

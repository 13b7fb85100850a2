/**
 * Ranks with ties averaged, as R's `rank(x, ties.method = "average", na.last = "keep")`.
 * `descending` ranks the largest value 1 (used for "most important need first").
 * NaN values get rank NaN and do not take part.
 */
export function averageRanks(
  values: ArrayLike<number>,
  order: 'ascending' | 'descending' = 'ascending',
): Float64Array {
  const ranks = new Float64Array(values.length).fill(NaN);
  const indices: number[] = [];
  for (let i = 0; i < values.length; i++) if (values[i] === values[i]) indices.push(i);
  const sign = order === 'ascending' ? 1 : -1;
  indices.sort((a, b) => sign * ((values[a] as number) - (values[b] as number)));
  let start = 0;
  while (start < indices.length) {
    let end = start;
    const value = values[indices[start]!] as number;
    while (end + 1 < indices.length && values[indices[end + 1]!] === value) end++;
    // Positions start..end (0-based) share the average of ranks start+1..end+1.
    const rank = (start + end) / 2 + 1;
    for (let k = start; k <= end; k++) ranks[indices[k]!] = rank;
    start = end + 1;
  }
  return ranks;
}

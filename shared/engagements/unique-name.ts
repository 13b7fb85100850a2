/**
 * A name that tells an imported engagement apart from those already there: "Bakkerij De Graaf"
 * becomes "Bakkerij De Graaf (kopie)", then "(kopie 2)", "(kopie 3)" … (case is ignored when
 * comparing, as people read names).
 */
export function uniqueName(name: string, taken: Iterable<string>, copyWord: string): string {
  const used = new Set([...taken].map((existing) => existing.trim().toLocaleLowerCase()));
  const free = (candidate: string) => !used.has(candidate.trim().toLocaleLowerCase());
  if (free(name)) return name;
  const first = `${name} (${copyWord})`;
  if (free(first)) return first;
  for (let number = 2; ; number++) {
    const candidate = `${name} (${copyWord} ${number})`;
    if (free(candidate)) return candidate;
  }
}

/** Edits of the tip library: pure functions over the library the editor holds. */
import type { ScoreBand, Tip, TipLibrary } from '@shared/content';
import type { LocalizedText } from '@shared/questionnaire/instrument';

export function tipsOf(
  library: TipLibrary,
  dimension: string,
  band: ScoreBand,
): { tip: Tip; index: number }[] {
  return library.tips
    .map((tip, index) => ({ tip, index }))
    .filter(({ tip }) => tip.dimension === dimension && tip.band === band);
}

export function updateTip(
  library: TipLibrary,
  id: string,
  patch: { title?: LocalizedText; text?: LocalizedText },
): TipLibrary {
  return {
    ...library,
    tips: library.tips.map((tip) => (tip.id === id ? { ...tip, ...patch } : tip)),
  };
}

export function removeTip(library: TipLibrary, id: string): TipLibrary {
  return { ...library, tips: library.tips.filter((tip) => tip.id !== id) };
}

/** Adds an empty tip after the last one of its dimension and band; returns the new tip's id. */
export function addTip(
  library: TipLibrary,
  dimension: string,
  band: ScoreBand,
): { library: TipLibrary; id: string } {
  const taken = new Set(library.tips.map((tip) => tip.id.toLowerCase()));
  let number = tipsOf(library, dimension, band).length + 1;
  while (taken.has(`${dimension}-${band}-${number}`.toLowerCase())) number += 1;
  const id = `${dimension}-${band}-${number}`;
  const tip: Tip = { id, dimension, band, title: { nl: '', en: '' }, text: { nl: '', en: '' } };
  const last = tipsOf(library, dimension, band).at(-1)?.index ?? library.tips.length - 1;
  const tips = [...library.tips];
  tips.splice(last + 1, 0, tip);
  return { library: { ...library, tips }, id };
}

export function setBands(library: TipLibrary, mediumFrom: number, highFrom: number): TipLibrary {
  return { ...library, bands: { ...library.bands, mediumFrom, highFrom } };
}

/** The dimension codes that have tips or appear in an instrument, instruments' order first. */
export function dimensionCodes(library: TipLibrary, known: string[]): string[] {
  const codes = [...known];
  for (const tip of library.tips) if (!codes.includes(tip.dimension)) codes.push(tip.dimension);
  return codes;
}

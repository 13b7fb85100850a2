/**
 * A Dutch stemmer after the Snowball (Porter) algorithm for Dutch, used to match word forms in
 * search: "klanten" and "klant", "afspraken" and "afspraak", "gesprekken" and "gesprek" share a
 * stem. It expects lower-case words without accents (what the search tokenizer produces).
 * Stemming is only used to compare words, never shown, so small deviations from the reference
 * implementation do no harm.
 */

const VOWELS = new Set(['a', 'e', 'i', 'o', 'u', 'y', 'è']);

function isVowel(character: string | undefined): boolean {
  return character !== undefined && VOWELS.has(character);
}

/** The start of the region after the first non-vowel that follows a vowel, from `from`. */
function regionStart(word: string[], from: number): number {
  for (let index = from + 1; index < word.length; index++) {
    if (!isVowel(word[index]) && isVowel(word[index - 1])) return index + 1;
  }
  return word.length;
}

function endsWith(word: string[], suffix: string): boolean {
  return (
    word.length >= suffix.length && word.slice(word.length - suffix.length).join('') === suffix
  );
}

function undoubleEnding(word: string[]): void {
  if (endsWith(word, 'kk') || endsWith(word, 'dd') || endsWith(word, 'tt')) word.pop();
}

/** A non-vowel, and not the end of "gem" (so "gemene" keeps its "en"). */
function validEnEnding(word: string[], end: number): boolean {
  const before = word[end - 1];
  if (before === undefined || isVowel(before)) return false;
  return word.slice(Math.max(0, end - 3), end).join('') !== 'gem';
}

function validSEnding(word: string[], end: number): boolean {
  const before = word[end - 1];
  return before !== undefined && !isVowel(before) && before !== 'j';
}

export function dutchStem(input: string): string {
  if (input.length < 3) return input;
  // Upper-case Y and I mark the consonant uses of y and i, as the algorithm prescribes.
  const word = [...input];
  word.forEach((character, index) => {
    const before = word[index - 1];
    if (character === 'y' && (index === 0 || isVowel(before))) word[index] = 'Y';
    if (character === 'i' && isVowel(before) && isVowel(word[index + 1])) word[index] = 'I';
  });

  // R1 leaves at least three letters before it; R2 is searched from where R1 really starts.
  const rawR1 = regionStart(word, 0);
  const r1 = Math.max(3, rawR1);
  const r2 = regionStart(word, rawR1);
  const inRegion = (suffixLength: number, region: number) => word.length - suffixLength >= region;
  const remove = (count: number) => word.splice(word.length - count, count);

  // Step 1: heden, en/ene, s/se.
  if (endsWith(word, 'heden')) {
    if (inRegion(5, r1)) word.splice(word.length - 5, 5, ...'heid');
  } else if (endsWith(word, 'ene') || endsWith(word, 'en')) {
    const length = endsWith(word, 'ene') ? 3 : 2;
    if (inRegion(length, r1) && validEnEnding(word, word.length - length)) {
      remove(length);
      undoubleEnding(word);
    }
  } else if (endsWith(word, 'se') || endsWith(word, 's')) {
    const length = endsWith(word, 'se') ? 2 : 1;
    if (inRegion(length, r1) && validSEnding(word, word.length - length)) remove(length);
  }

  // Step 2: a final e.
  let removedE = false;
  const step2 = () => {
    if (endsWith(word, 'e') && inRegion(1, r1) && !isVowel(word[word.length - 2])) {
      remove(1);
      undoubleEnding(word);
      removedE = true;
    }
  };
  step2();

  // Step 3a: heid.
  if (endsWith(word, 'heid') && inRegion(4, r2) && word[word.length - 5] !== 'c') {
    remove(4);
    if (endsWith(word, 'en') && inRegion(2, r1) && validEnEnding(word, word.length - 2)) {
      remove(2);
      undoubleEnding(word);
    }
  }

  // Step 3b: derivational suffixes.
  if (endsWith(word, 'end') || endsWith(word, 'ing')) {
    if (inRegion(3, r2)) {
      remove(3);
      if (endsWith(word, 'ig') && inRegion(2, r2) && word[word.length - 3] !== 'e') remove(2);
      else undoubleEnding(word);
    }
  } else if (endsWith(word, 'ig')) {
    if (inRegion(2, r2) && word[word.length - 3] !== 'e') remove(2);
  } else if (endsWith(word, 'lijk')) {
    if (inRegion(4, r2)) {
      remove(4);
      step2();
    }
  } else if (endsWith(word, 'baar')) {
    if (inRegion(4, r2)) remove(4);
  } else if (endsWith(word, 'bar')) {
    if (inRegion(3, r2) && removedE) remove(3);
  }

  // Step 4: undouble a vowel in a final consonant-vowel-vowel-consonant ("maan" -> "man").
  const length = word.length;
  if (length >= 4) {
    const [c, v1, v2, d] = word.slice(length - 4);
    if (
      c !== undefined &&
      !isVowel(c) &&
      v1 === v2 &&
      (v1 === 'a' || v1 === 'e' || v1 === 'o' || v1 === 'u') &&
      d !== undefined &&
      !isVowel(d) &&
      d !== 'I'
    ) {
      word.splice(length - 2, 1);
    }
  }
  return word.join('').toLowerCase();
}

/**
 * A number with a fixed number of decimals, written without Intl: the very text
 * `Intl.NumberFormat(locale, { minimumFractionDigits: d, maximumFractionDigits: d })` gives for
 * the app's two locales (nl-NL, en-GB), checked against Intl in test/unit/shared/format.test.ts.
 *
 * Why: the first Intl number formatter of a process loads the locale's number data, some 20 ms,
 * and the first gap sentences of a fresh process (the Kloof tab's first call) waited for it.
 *
 * What Intl does, and this does too: it rounds the shortest decimal form of the double (the digits
 * `String(value)` gives) half away from zero (1.005 → 1.01, 2.5 → 3), writes a minus sign for every
 * negative number and for −0 (−0.001 → "-0,00"), and groups the whole part by threes from the
 * first thousand on (1.000,00 / 1,000.00). Anything else (not finite, an exponent form, an
 * unusual number of decimals) is left to Intl: `null`.
 */

/** The decimal mark and the thousands separator of a locale's standard number format. */
export interface FixedSymbols {
  decimal: string;
  group: string;
}

const MAX_DIGITS = 20;
const NINE = 0x39;
const FIVE = 0x35;

export function formatFixed(value: number, digits: number, symbols: FixedSymbols): string | null {
  if (!Number.isFinite(value) || !Number.isInteger(digits) || digits < 0 || digits > MAX_DIGITS) {
    return null;
  }
  const text = String(Math.abs(value));
  if (text.includes('e')) return null;
  const point = text.indexOf('.');
  let whole = point < 0 ? text : text.slice(0, point);
  let fraction = point < 0 ? '' : text.slice(point + 1);
  if (fraction.length <= digits) {
    fraction = fraction.padEnd(digits, '0');
  } else {
    const roundUp = fraction.charCodeAt(digits) >= FIVE;
    let kept = whole + fraction.slice(0, digits);
    if (roundUp) kept = incremented(kept);
    whole = kept.slice(0, kept.length - digits);
    fraction = kept.slice(kept.length - digits);
  }
  const sign = value < 0 || Object.is(value, -0) ? '-' : '';
  const grouped = whole.length > 3 ? groupThousands(whole, symbols.group) : whole;
  return digits === 0 ? sign + grouped : sign + grouped + symbols.decimal + fraction;
}

/** A string of decimal digits plus one: "0995" → "0996", "999" → "1000". */
function incremented(digitsText: string): string {
  let at = digitsText.length - 1;
  while (at >= 0 && digitsText.charCodeAt(at) === NINE) at--;
  const zeros = '0'.repeat(digitsText.length - 1 - at);
  if (at < 0) return `1${zeros}`;
  return digitsText.slice(0, at) + String.fromCharCode(digitsText.charCodeAt(at) + 1) + zeros;
}

function groupThousands(whole: string, separator: string): string {
  const head = whole.length % 3 || 3;
  let grouped = whole.slice(0, head);
  for (let at = head; at < whole.length; at += 3) grouped += separator + whole.slice(at, at + 3);
  return grouped;
}

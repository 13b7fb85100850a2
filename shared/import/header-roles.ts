/**
 * What a column header says about its column, before looking at the values: a group
 * (department), a respondent code, personal data, or the candidates for an item code or text.
 */
import { compactKey, normaliseText, words } from './text-normalise';

// Headers are short when they name a column; a question text that mentions "afdelingen" is not
// a group column.
const MAX_ROLE_HEADER_WORDS = 5;

const GROUP_WORDS = new Set([
  'afdeling',
  'afdelingen',
  'department',
  'dept',
  'groep',
  'group',
  'team',
  'divisie',
  'division',
  'unit',
  'bedrijfsonderdeel',
  'organisatieonderdeel',
  'functiegroep',
  'doelgroep',
]);

const CODE_HEADERS = new Set([
  'id',
  'respondent',
  'respondentid',
  'respondentcode',
  'respondentnummer',
  'respondentnr',
  'code',
  'responseid',
  'responsnummer',
  'antwoordid',
  'nr',
  'nummer',
  'volgnummer',
  'deelnemercode',
  'deelnemersnummer',
]);

const PERSONAL_WORDS = new Set([
  'naam',
  'name',
  'voornaam',
  'achternaam',
  'roepnaam',
  'firstname',
  'lastname',
  'fullname',
  'email',
  'emailadres',
  'emailaddress',
  'mail',
  'telefoon',
  'telefoonnummer',
  'phone',
  'mobiel',
  'adres',
  'address',
  'ipaddress',
  'ipadres',
  'ip',
]);

const PERSONAL_COMPACT = new Set(['email', 'emailadres', 'emailaddress', 'ipaddress', 'ipaddr']);

function isShortHeader(headerWords: string[]): boolean {
  return headerWords.length > 0 && headerWords.length <= MAX_ROLE_HEADER_WORDS;
}

/** "Afdeling", "Department", "Wat is uw afdeling?", "Team". */
export function isGroupHeader(header: string): boolean {
  const headerWords = words(header);
  return isShortHeader(headerWords) && headerWords.some((word) => GROUP_WORDS.has(word));
}

/** "Id", "Respondent", "Respondent ID", "Code", "Response ID". */
export function isRespondentCodeHeader(header: string): boolean {
  return CODE_HEADERS.has(compactKey(header));
}

/**
 * "Naam", "Name", "E-mail", "Voornaam": columns that identify a person. They are never imported
 * and never become a respondent code. A group header ("Naam afdeling") is not personal data.
 */
export function isPersonalDataHeader(header: string): boolean {
  if (isGroupHeader(header)) return false;
  const headerWords = words(header);
  if (!isShortHeader(headerWords)) return false;
  if (PERSONAL_COMPACT.has(compactKey(header))) return true;
  return headerWords.some((word) => PERSONAL_WORDS.has(word));
}

const BRACKETED = /\[([^\]]*)\]/g;
// "1. ", "Q3: ", "KK1 - ": numbering in front of a question text.
const LEADING_NUMBERING = /^\s*(?:[A-Za-z]{0,4}\d{1,4}[a-z]?)\s*[.:)\-–]\s*/;
const FIRST_TOKEN = /^\s*([^\s.:)\-–]+)/;

/** Strings in a header that may be an item code: the header itself, [CODE], a leading token. */
export function headerCodeCandidates(header: string): string[] {
  const candidates = [header];
  for (const match of header.matchAll(BRACKETED)) {
    if (match[1] !== undefined) candidates.push(match[1]);
  }
  const first = FIRST_TOKEN.exec(header)?.[1];
  if (first !== undefined) candidates.push(first);
  return candidates.map(compactKey).filter((key) => key !== '');
}

/**
 * Normalised texts in a header that may be an item's question text: the header without
 * bracketed parts and numbering, and the bracketed parts themselves (Google Forms writes grid
 * questions as "Question [row text]").
 */
export function headerTextCandidates(header: string): string[] {
  const candidates: string[] = [];
  const withoutBrackets = header.replace(BRACKETED, ' ');
  candidates.push(normaliseText(withoutBrackets.replace(LEADING_NUMBERING, '')));
  candidates.push(normaliseText(withoutBrackets));
  for (const match of header.matchAll(BRACKETED)) {
    if (match[1] !== undefined) candidates.push(normaliseText(match[1]));
  }
  return [...new Set(candidates)].filter((text) => text !== '');
}

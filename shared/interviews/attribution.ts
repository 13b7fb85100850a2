/**
 * How a quote is attributed in overviews, exports and reports. Anonymous by default: the
 * interviewee's role (or else their group) and the organisation (type), e.g. "Klant,
 * productiebedrijf". The name appears only when the interview records that it may be shown.
 */
import type { GroupKind } from '../engagements/model';
import type { Language } from '../questionnaire/instrument';
import type { Interview, InterviewKind } from './model';
import { LABEL_TEXT } from '../i18n/labels';

const CUSTOMER_KINDS: readonly InterviewKind[] = ['client-reflection', 'customer-interview'];

export type AttributionSource = Pick<
  Interview,
  'kind' | 'intervieweeRole' | 'organisation' | 'intervieweeName' | 'nameMayBeShown'
>;

function capitalise(text: string): string {
  return text.charAt(0).toLocaleUpperCase() + text.slice(1);
}

export interface AttributionGroup {
  name: string;
  kind: GroupKind;
}

/**
 * The anonymous part: "<role>, <organisation>". Without a role: "Klant" for a customer, the
 * group's name for staff ("Productie"), else "Medewerker".
 */
export function anonymousAttribution(
  interview: AttributionSource,
  group: AttributionGroup | null,
  language: Language,
): string {
  const words = LABEL_TEXT[language].attribution;
  const isCustomer = group ? group.kind === 'customer' : CUSTOMER_KINDS.includes(interview.kind);
  const who =
    interview.intervieweeRole.trim() ||
    (isCustomer ? words.customer : group?.name.trim() || words.staff);
  const where = interview.organisation.trim();
  return capitalise(where ? `${who}, ${where}` : who);
}

/** The attribution shown with a quote; the name only where the interview allows it. */
export function quoteAttribution(
  interview: AttributionSource,
  group: AttributionGroup | null,
  language: Language,
): string {
  const anonymous = anonymousAttribution(interview, group, language);
  const name = interview.intervieweeName.trim();
  return interview.nameMayBeShown && name ? `${name} (${anonymous})` : anonymous;
}

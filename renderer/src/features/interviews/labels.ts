import type { Engagement } from '@shared/engagements/model';
import { localized, type Language, type LocalizedText } from '@shared/questionnaire/instrument';
import type { Interview } from '@shared/interviews/model';
import { anonymousAttribution } from '@shared/interviews/attribution';
import { formatDate } from '@shared/i18n/format';

type TitleSource = Pick<
  Interview,
  'kind' | 'intervieweeRole' | 'organisation' | 'intervieweeName' | 'nameMayBeShown' | 'groupId'
>;

/** Who was interviewed, anonymously, as quotes are attributed: "Klant, productiebedrijf". */
export function intervieweeLabel(interview: TitleSource, engagement: Engagement): string {
  const group = engagement.groups.find((candidate) => candidate.id === interview.groupId) ?? null;
  return anonymousAttribution(interview, group, engagement.language);
}

/** A short name for an interview in headings, lists and pickers. */
export function interviewTitle(
  interview: TitleSource & Pick<Interview, 'date'>,
  engagement: Engagement,
  language: Language,
): string {
  const who = intervieweeLabel(interview, engagement);
  return interview.date ? `${who} · ${formatDate(interview.date, language)}` : who;
}

/** Guide and question texts are shown in the engagement's language: that is how they are asked. */
export function contentText(text: LocalizedText, engagement: Engagement): string {
  return localized(text, engagement.language);
}

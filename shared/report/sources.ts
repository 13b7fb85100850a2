/**
 * The source line under every chart and table: where its figures come from — the instrument, the
 * groups with their n, the fieldwork period taken from the responses, and where it matters the
 * rule by which a difference is called notable — or, for interview figures, the interviews.
 */
import type { ReportData } from './data';
import { fill, plural } from '../i18n/texts';
import { listJoin, num, period } from './format';
import { reportText } from './texts';
import type { SectionId } from './sections';

/**
 * questionnaire: the whole-sample figures of one version (its groups); participation: every shown
 * group; groups: the groups side by side on the common basis; comparison: the same with the
 * notable rule; interviews: the interviews.
 */
export type SourceKind =
  'questionnaire' | 'participation' | 'groups' | 'comparison' | 'interviews' | null;

/** Which figures a section's charts and tables show. */
export function sourceKindOf(section: SectionId, chart: string | null): SourceKind {
  if (chart === 'themeCounts' || section === 'interviews') return 'interviews';
  if (section === 'gaps') return 'comparison';
  // The mirror, the groups per dimension and their needs: groups side by side.
  if (chart === 'mirror' || ['summary', 'dimensions', 'needs'].includes(section)) return 'groups';
  if (section === 'method') return 'participation';
  if (['results', 'appendix'].includes(section)) return 'questionnaire';
  return null;
}

export function sourceLine(data: ReportData, kind: SourceKind): string | undefined {
  const words = reportText(data.language).sources;
  const label = words.label;
  if (kind === 'interviews') {
    const { total, firstDate, lastDate } = data.interviews;
    if (total === 0) return undefined;
    const when = period(firstDate, lastDate, data.language);
    return plural(data.language, words, 'interviews', total, {
      label,
      when: when ? `, ${when}` : '',
    });
  }
  const q = data.questionnaire;
  if (!kind || !q) return undefined;
  // The groups whose figures these are: the compared groups, or those who answered this version.
  const side = (kind === 'comparison' || kind === 'groups') && data.gaps;
  const shown = side
    ? data.gaps!.profiles.map((profile) => ({ name: profile.name, n: profile.respondents }))
    : kind === 'participation'
      ? data.groups.map((group) => ({ name: group.name, n: group.respondents }))
      : q.groups.map((group) => ({ name: group.name, n: group.respondents }));
  const groups = listJoin(
    shown.map((group) => `${group.name} (n = ${group.n})`),
    data.language,
  );
  const fieldwork = data.fieldwork
    ? fill(words.fieldwork, {
        period: period(
          data.fieldwork.first,
          data.fieldwork.first === data.fieldwork.last ? null : data.fieldwork.last,
          data.language,
        ),
      })
    : null;
  const linked =
    side && data.gaps?.commonBasis.kind === 'linked'
      ? fill(words.linked, { statements: data.gaps.commonBasis.statements })
      : null;
  const parts = [q.instrumentName, linked, groups, fieldwork].filter(Boolean).join('; ');
  const gaps = data.gaps;
  const rule =
    kind === 'comparison' && gaps
      ? ` ${fill(words.rule, {
          diff: num(gaps.notableDiff, data.language, 2),
          g: num(gaps.absG, data.language, 1),
          p: num(gaps.significance, data.language, 2),
          tests: gaps.dimensionTests,
        })}`
      : '';
  return `${label}: ${parts}.${rule}`;
}

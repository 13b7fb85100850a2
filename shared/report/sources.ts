/**
 * The source line under every chart and table: where its figures come from — the instrument, the
 * groups with their n, the fieldwork period taken from the responses, and where it matters the
 * rule by which a difference is called notable — or, for interview figures, the interviews.
 */
import type { ReportData } from './data';
import { listJoin, num, period } from './format';
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
  const nl = data.language === 'nl';
  const label = nl ? 'Bron' : 'Source';
  if (kind === 'interviews') {
    const { total, firstDate, lastDate } = data.interviews;
    if (total === 0) return undefined;
    const when = period(firstDate, lastDate, data.language);
    return `${label}: ${total} ${nl ? (total === 1 ? 'gesprek' : 'gesprekken') : total === 1 ? 'interview' : 'interviews'}${when ? `, ${when}` : ''}; ${nl ? 'citaten geanonimiseerd' : 'quotes anonymised'}.`;
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
    ? `${nl ? 'veldwerk' : 'fieldwork'} ${period(
        data.fieldwork.first,
        data.fieldwork.first === data.fieldwork.last ? null : data.fieldwork.last,
        data.language,
      )}`
    : null;
  const linked =
    side && data.gaps?.commonBasis.kind === 'linked'
      ? nl
        ? `medewerkers en klanten op de ${data.gaps.commonBasis.statements} gekoppelde stellingen`
        : `staff and customers on the ${data.gaps.commonBasis.statements} linked statements`
      : null;
  const parts = [q.instrumentName, linked, groups, fieldwork].filter(Boolean).join('; ');
  const gaps = data.gaps;
  const rule =
    kind === 'comparison' && gaps
      ? nl
        ? ` Opvallend: groot (vanaf ${num(gaps.notableDiff, data.language, 2)} punt of |g| ≥ ${num(gaps.absG, data.language, 1)}) én p < ${num(gaps.significance, data.language, 2)} na Holm-correctie over alle ${gaps.dimensionTests} vergelijkingen.`
        : ` Notable: large (from ${num(gaps.notableDiff, data.language, 2)} points or |g| ≥ ${num(gaps.absG, data.language, 1)}) and p < ${num(gaps.significance, data.language, 2)} after Holm's correction over all ${gaps.dimensionTests} comparisons.`
      : '';
  return `${label}: ${parts}.${rule}`;
}

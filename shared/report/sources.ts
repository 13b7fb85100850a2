/**
 * The source line under every chart and table: where its figures come from — the instrument, the
 * groups with their n, the fieldwork period taken from the responses, and where it matters the
 * rule by which a difference is called notable — or, for interview figures, the interviews.
 */
import type { ReportData } from './data';
import { listJoin, num, period } from './format';
import type { SectionId } from './sections';

export type SourceKind = 'questionnaire' | 'comparison' | 'interviews' | null;

/** Which figures a section's charts and tables show. */
export function sourceKindOf(section: SectionId, chart: string | null): SourceKind {
  if (chart === 'themeCounts' || section === 'interviews') return 'interviews';
  if (section === 'gaps') return 'comparison';
  if (['method', 'results', 'dimensions', 'needs', 'appendix'].includes(section))
    return 'questionnaire';
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
  const groups = listJoin(
    data.groups.map((group) => `${group.name} (n = ${group.respondents})`),
    data.language,
  );
  const fieldwork = data.fieldwork
    ? `${nl ? 'veldwerk' : 'fieldwork'} ${period(
        data.fieldwork.first,
        data.fieldwork.first === data.fieldwork.last ? null : data.fieldwork.last,
        data.language,
      )}`
    : null;
  const parts = [q.instrumentName, groups, fieldwork].filter(Boolean).join('; ');
  const rule =
    kind === 'comparison' && data.gaps
      ? nl
        ? ` Opvallend: verschil vanaf ${num(data.gaps.notableDiff, data.language, 2)} punt of |g| ≥ ${num(data.gaps.absG, data.language, 1)}.`
        : ` Notable: a difference from ${num(data.gaps.notableDiff, data.language, 2)} points or |g| ≥ ${num(data.gaps.absG, data.language, 1)}.`
      : '';
  return `${label}: ${parts}.${rule}`;
}

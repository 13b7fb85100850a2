/**
 * The report as a document model: the cover, the contents and a list of sections made of blocks
 * (headings, paragraphs, lists, quotes, tables, charts). The Word writer turns it into a .docx and
 * the app's preview shows the very same structure, so what the consultant sees is what Word gets.
 *
 * Figures and tables are numbered here, in document order, so the preview and Word agree.
 */
import { formatPercent, nameInSentence, SCALE_DIGITS } from '../i18n/format';
import { fill } from '../i18n/texts';
import { IPA_QUADRANT_LAYOUT, ipaCutOffText } from '../gaps/ipa';
import type { Language } from '../questionnaire/instrument';
import { findPrivateNames } from './anonymity';
import type { ChartSpec } from './chart-spec';
import type { ReportData, ReportGroup, ReportQuote } from './data';
import { draftNarratives, methodNotes } from './drafts';
import { interval, longDate, num, pValue, signed, whole } from './format';
import { shownDifference } from '../i18n/format';
import { byPriority, draftRecommendations } from './recommendations';
import {
  plainText,
  richDocBlocks,
  richDocFromPlainText,
  richDocText,
  type InlineRun,
  type RichText,
} from './rich-text';
import {
  DEFAULT_QUOTES_PER_THEME,
  missingFields,
  type Recommendation,
  type ReportSettings,
} from './settings';
import { heatColour } from './colours';
import { sourceKindOf, sourceLine } from './sources';
import { reportText } from './texts';
import { actionTitles, groupsChart, mirrorOf, sectionActionTitle } from './story';
import { typographic } from './typography';
import type { ChartId, SectionId } from './sections';
import { wordsFor, type ReportWords } from './words';

export interface TableColumn {
  header: string;
  /** Numbers are right-aligned. */
  numeric: boolean;
  /** Relative width (the writer scales them to the text width). */
  width: number;
}

export type ReportBlock =
  | { kind: 'heading'; level: 2 | 3; text: string }
  | {
      kind: 'paragraph';
      text: RichText;
      lead?: string;
      note?: boolean;
      /** Kept on the page of what follows (a theme's description with its first quote). */
      keepNext?: boolean;
    }
  | { kind: 'list'; ordered: boolean; items: RichText[] }
  | { kind: 'quote'; text: string; attribution: string }
  | {
      kind: 'table';
      number: number;
      /** Name for cross-references ("table:largestGaps"). */
      key?: string;
      caption: string;
      columns: TableColumn[];
      rows: RichText[][];
      /** Rows set in bold (e.g. notable gaps). */
      emphasisRows?: number[];
      /** The last row sums up the others (the overall row): the table style sets it apart. */
      totalRow?: boolean;
      /** Background colour per cell ("#rrggbb"), for a heatmap; null for none. */
      shading?: (string | null)[][];
      /** Where the figures come from, printed under the table. */
      source?: string;
    }
  | {
      kind: 'chart';
      number: number;
      /** Name for cross-references and the consultant's title ("chart:largestGaps", "chart:ipa:2"). */
      key: string;
      chart: ChartId;
      /** The consultant's title, or the drafted one. */
      caption: string;
      /** The title drafted from the data. */
      draftCaption: string;
      alt: string;
      spec: ChartSpec;
      /** Where the figures come from, printed under the chart. */
      source?: string;
      /** Filled in by main for the preview. */
      svg?: string;
    };

/** What a cross-reference points at: "Figuur 3", "Tabel 2". */
export interface ReportReference {
  kind: 'figure' | 'table';
  number: number;
}

export interface ReportSectionContent {
  id: Exclude<SectionId, 'cover'>;
  /** The consultant's title, or the drafted one. */
  title: string;
  /** The title drafted from the data (what clearing the consultant's title brings back). */
  draftTitle: string;
  blocks: ReportBlock[];
  /** True while the narrative is the generated draft (not edited). */
  draft: boolean;
}

export interface ReportCover {
  title: string;
  subtitle: string;
  clientName: string;
  date: string;
  consultants: string;
  firmName: string;
  sampleNotice: string | null;
}

export interface ReportWarning {
  section: SectionId;
  kind: 'privateName';
  name: string;
}

export interface ReportDocument {
  language: Language;
  clientName: string;
  firmName: string;
  cover: ReportCover | null;
  contentsTitle: string | null;
  labels: { figure: string; table: string; page: string; of: string };
  sections: ReportSectionContent[];
  /** Figures and tables by their key, for cross-references. */
  references: Record<string, ReportReference>;
  warnings: ReportWarning[];
  /** What the consultant still has to fill in (recommendations without owner, deadline, …). */
  missing: ReportMissing[];
  /** Core properties of the file: who wrote it, for whom, in what language. */
  properties: ReportProperties;
}

export interface ReportMissing {
  /** 1-based number of the recommendation in the action plan. */
  recommendation: number;
  action: string;
  fields: ReturnType<typeof missingFields>;
}

export interface ReportProperties {
  title: string;
  subject: string;
  authors: string[];
  firmName: string;
  clientName: string;
  /** BCP 47 tag: nl-NL, en-GB. */
  languageTag: string;
}

/** "Figuur 3" for a key, or '' when the figure is not in the document. */
export function referenceLabel(
  document: Pick<ReportDocument, 'references' | 'labels'>,
  key: string,
): string {
  const found = document.references[key];
  if (!found) return '';
  return `${found.kind === 'figure' ? document.labels.figure : document.labels.table} ${found.number}`;
}

export interface BuildDocumentInput {
  data: ReportData;
  settings: ReportSettings;
  /** Interviewees' names that must not be printed: narratives are checked against them. */
  privateNames: readonly string[];
  /** yyyy-mm-dd, used when the settings leave the date open. */
  today: string;
}

type Pending =
  | Exclude<ReportBlock, { kind: 'table' } | { kind: 'chart' }>
  | Omit<Extract<ReportBlock, { kind: 'table' }>, 'number'>
  | Omit<Extract<ReportBlock, { kind: 'chart' }>, 'number'>;

const LANGUAGE_TAGS: Record<Language, string> = { nl: 'nl-NL', en: 'en-GB' };

interface Context {
  data: ReportData;
  settings: ReportSettings;
  words: ReportWords;
  language: Language;
  /** How often each chart has been placed, so every chart gets a key of its own. */
  chartCounts: Map<string, number>;
  /**
   * Detailed statistics tables (intervals, SDs, tests) taken out of the main text, one message
   * per chart there; the appendix prints them under "Statistische tabellen".
   */
  statistics: Pending[];
}

const col = (header: string, numeric = false, width = 1): TableColumn => ({
  header,
  numeric,
  width,
});

export function buildReportDocument(input: BuildDocumentInput): ReportDocument {
  const { data, settings } = input;
  const language = data.language;
  const words = wordsFor(language);
  const context: Context = {
    data,
    settings,
    words,
    language,
    chartCounts: new Map(),
    statistics: [],
  };
  const drafts = draftNarratives(data);
  const warnings: ReportWarning[] = [];
  const sections: ReportSectionContent[] = [];
  let cover: ReportCover | null = null;

  // The appendix is built last, wherever it stands: it holds the other sections' statistics.
  const enabled = settings.sections.filter((section) => section.enabled);
  const buildOrder = [
    ...enabled.filter((section) => section.id !== 'appendix'),
    ...enabled.filter((section) => section.id === 'appendix'),
  ];
  const built = new Map<SectionId, ReportSectionContent>();
  for (const section of buildOrder) {
    if (section.id === 'cover') {
      cover = {
        title: settings.title ?? words.defaultTitle,
        subtitle: words.subtitle(data.clientName),
        clientName: data.clientName,
        date: longDate(settings.reportDate ?? input.today, language),
        consultants: data.consultants.join(', '),
        firmName: data.firmName,
        sampleNotice: data.isSample ? words.sampleNotice : null,
      };
      continue;
    }
    const narrative = section.narrative ?? richDocFromPlainText(drafts[section.id] ?? '');
    for (const name of findPrivateNames(richDocText(narrative), input.privateNames)) {
      warnings.push({ section: section.id, kind: 'privateName', name });
    }
    const text: Pending[] = richDocBlocks(narrative).map((block) =>
      block.kind === 'paragraph' ? { kind: 'paragraph', text: block.text } : block,
    );
    const moved = context.statistics.length;
    const content = SECTION_CONTENT[section.id](context);
    // Tables moved to the appendix keep the source of the section they come from.
    const kind = sourceKindOf(section.id, null);
    for (const block of context.statistics.slice(moved)) {
      if (block.kind === 'table' && block.source === undefined) {
        const source = sourceLine(data, kind);
        if (source) block.source = source;
      }
    }
    // The summary opens with the mirror: its sentence, the chart with its notes, then the rest.
    const figure = section.id === 'summary' ? leadingFigure(content) : 0;
    const blocks =
      figure > 0 && text.length > 0
        ? [text[0]!, ...content.slice(0, figure), ...text.slice(1), ...content.slice(figure)]
        : [...text, ...content];
    const draftTitle = draftSectionTitle(data, section.id) ?? words.sections[section.id];
    built.set(section.id, {
      id: section.id,
      title: settings.titles[`section:${section.id}`] || draftTitle,
      draftTitle,
      blocks: blocks as ReportBlock[],
      draft: section.narrative === null,
    });
  }
  for (const section of enabled) {
    const content = built.get(section.id);
    if (content) sections.push(content);
  }
  attachSources(sections, data);
  const references = numberFiguresAndTables(sections);
  const title = settings.title ?? words.defaultTitle;
  return typographic({
    language,
    clientName: data.clientName,
    firmName: data.firmName,
    cover,
    contentsTitle: settings.tableOfContents ? words.contents : null,
    labels: { figure: words.figure, table: words.table, page: words.page, of: words.of },
    sections,
    references,
    warnings,
    missing: missingOf(activeRecommendations(data, settings)),
    properties: {
      title,
      subject: words.subtitle(data.clientName),
      authors: data.consultants,
      firmName: data.firmName,
      clientName: data.clientName,
      languageTag: LANGUAGE_TAGS[language],
    },
  });
}

/** How many blocks at the start of `content` are a chart and the notes under it. */
function leadingFigure(content: Pending[]): number {
  if (content[0]?.kind !== 'chart') return 0;
  let end = 1;
  while (content[end]?.kind === 'paragraph' && (content[end] as { note?: boolean }).note) end++;
  return end;
}

/** A section's title drafted from the data: its conclusion where it has one. */
function draftSectionTitle(data: ReportData, id: SectionId): string | null {
  switch (id) {
    case 'results':
    case 'dimensions':
    case 'gaps':
    case 'needs':
    case 'interviews':
      return sectionActionTitle(data, id);
    default:
      return null;
  }
}

/** Puts the source line under every chart and table that has none of its own. */
function attachSources(sections: ReportSectionContent[], data: ReportData): void {
  for (const section of sections) {
    for (const block of section.blocks) {
      if ((block.kind !== 'chart' && block.kind !== 'table') || block.source !== undefined)
        continue;
      const source = sourceLine(
        data,
        sourceKindOf(section.id, block.kind === 'chart' ? block.chart : null),
      );
      if (source) block.source = source;
    }
  }
}

/** Numbers figures and tables in document order; returns them by key for cross-references. */
function numberFiguresAndTables(sections: ReportSectionContent[]): Record<string, ReportReference> {
  let figures = 0;
  let tables = 0;
  const references: Record<string, ReportReference> = {};
  for (const section of sections) {
    for (const block of section.blocks as (ReportBlock & { number?: number })[]) {
      if (block.kind === 'chart') {
        block.number = ++figures;
        references[block.key] ??= { kind: 'figure', number: figures };
      }
      if (block.kind === 'table') {
        block.number = ++tables;
        if (block.key) references[block.key] ??= { kind: 'table', number: tables };
      }
    }
  }
  return references;
}

const SECTION_CONTENT: Record<Exclude<SectionId, 'cover'>, (context: Context) => Pending[]> = {
  summary: summaryContent,
  method: methodContent,
  results: resultsContent,
  dimensions: dimensionsContent,
  gaps: gapsContent,
  needs: needsContent,
  interviews: interviewsContent,
  recommendations: recommendationsContent,
  appendix: appendixContent,
};

function chart(
  context: Context,
  id: ChartId,
  caption: string,
  spec: ChartSpec,
): Omit<Extract<ReportBlock, { kind: 'chart' }>, 'number'>[] {
  if (!context.settings.charts[id]) return [];
  const count = (context.chartCounts.get(id) ?? 0) + 1;
  context.chartCounts.set(id, count);
  const key = count === 1 ? `chart:${id}` : `chart:${id}:${count}`;
  const title = context.settings.titles[key] || caption;
  return [
    {
      kind: 'chart',
      key,
      chart: id,
      caption: title,
      draftCaption: caption,
      alt: altText(spec, title, context),
      spec,
    },
  ];
}

function table(
  caption: string,
  columns: TableColumn[],
  rows: RichText[][],
  emphasisRows?: number[],
  extra: Partial<Omit<Extract<ReportBlock, { kind: 'table' }>, 'kind' | 'number'>> = {},
): Omit<Extract<ReportBlock, { kind: 'table' }>, 'number'> {
  return {
    kind: 'table',
    caption,
    columns,
    rows,
    ...(emphasisRows ? { emphasisRows } : {}),
    ...extra,
  };
}

/**
 * The summary's figure and decisions: the mirror chart (customers against each of the client's
 * own groups, per dimension, in their colours and shapes) and the three highest-priority
 * recommendations as the decisions to take. The sentences are the narrative (drafts.ts).
 */
function summaryContent(context: Context): Pending[] {
  const { data, words, settings } = context;
  const blocks: Pending[] = [];
  const mirror = mirrorOf(data);
  const gaps = data.gaps;
  if (mirror && gaps) {
    blocks.push(
      ...chart(
        context,
        'mirror',
        actionTitles.mirror(data, mirror),
        groupsChart(
          gaps,
          [...mirror.staff, mirror.customer],
          words.axis.score(gaps.scale.min, gaps.scale.max),
        ),
      ),
    );
    if (mirror.linkedStatements !== null) {
      blocks.push({
        kind: 'paragraph',
        note: true,
        text: words.linkedNote(mirror.linkedStatements),
      });
    }
  }
  const decisions = activeRecommendations(data, settings).slice(0, 3);
  if (decisions.length > 0) {
    blocks.push(
      { kind: 'paragraph', text: words.decisions },
      {
        kind: 'list',
        ordered: true,
        items: decisions.map((entry): RichText => {
          const runs: InlineRun[] = [
            { kind: 'text', text: entry.action },
            ...(entry.priority
              ? [
                  {
                    kind: 'text' as const,
                    text: ` (${words.priorities[entry.priority].toLocaleLowerCase(data.language)})`,
                  },
                ]
              : []),
          ];
          if (entry.evidenceRef) {
            runs.push({ kind: 'ref', key: entry.evidenceRef, wrap: [`; ${words.see} `, ''] });
          }
          runs.push({ kind: 'text', text: '.' });
          return runs;
        }),
      },
    );
  }
  return blocks;
}

function methodContent({ data, words, language }: Context): Pending[] {
  if (data.groups.length === 0) return [];
  const withInvited = data.groups.some((group) => group.invited !== null);
  const percent = (share: number | null) => (share === null ? '–' : formatPercent(share, language));
  const blocks: Pending[] = [
    table(
      words.captions.participation,
      [
        col(words.columns.group, false, 3),
        col(words.columns.kind, false, 2),
        col(words.columns.respondents, true, 1.5),
        ...(withInvited
          ? [
              col(words.columns.invited, true, 1.4),
              col(words.columns.responseRate, true, 1.2),
              col(words.columns.marginOfError, true, 1.5),
            ]
          : []),
      ],
      data.groups.map((group) => [
        group.name,
        words.groupKinds[group.kind],
        whole(group.respondents, language),
        ...(withInvited
          ? [
              group.invited === null ? '–' : whole(group.invited, language),
              percent(group.responseRate),
              group.marginOfError === null ? '–' : `± ${percent(group.marginOfError)}`,
            ]
          : []),
      ]),
    ),
  ];
  if (withInvited) blocks.push({ kind: 'paragraph', note: true, text: words.participationNote });
  if (data.hiddenGroupCount > 0) {
    blocks.push({
      kind: 'paragraph',
      note: true,
      text: words.hiddenGroupsNote(
        data.hiddenGroupCount,
        data.anonymityThreshold,
        (data.questionnaire?.pooledRespondents ?? 0) > 0,
      ),
    });
  }
  return blocks;
}

function resultsContent(context: Context): Pending[] {
  const { data, words, language } = context;
  const q = data.questionnaire;
  if (!q) return [];
  const hasNorm = q.benchmark !== null;
  const mean = (value: number | null | undefined) => num(value, language, SCALE_DIGITS);
  const share = (value: number | null) => (value === null ? '–' : formatPercent(value, language));
  const blocks: Pending[] = [
    ...chart(
      context,
      'dimensionScores',
      actionTitles.dimensionScores(data) ?? words.captions.dimensionScores(hasNorm),
      {
        type: 'bars',
        categories: q.dimensions.map((dimension) => dimension.name),
        series: [
          { name: words.columns.score, values: q.dimensions.map((dimension) => dimension.mean) },
        ],
        reference: hasNorm
          ? {
              name: words.normLabel,
              values: q.dimensions.map((dimension) => dimension.norm?.mean ?? null),
            }
          : null,
        min: q.scale.min,
        max: q.scale.max,
        axisLabel: words.axis.score(q.scale.min, q.scale.max),
        digits: SCALE_DIGITS,
      },
    ),
  ];
  const columns = [
    col(words.columns.dimension, false, 3.6),
    col(words.columns.score, true),
    col(words.columns.ci, true, 1.8),
    col(words.columns.favourable, true, 1.2),
    col(words.columns.index, true, 1.2),
    ...(hasNorm
      ? [
          col(words.columns.norm, true),
          col(words.columns.difference, true),
          col(words.columns.percentile, true, 1.2),
        ]
      : []),
  ];
  const normCells = (
    norm: { mean: number; diff: number | null; percentile: number | null } | null | undefined,
    score: number | null,
  ) =>
    hasNorm
      ? [
          mean(norm?.mean),
          // The difference as printed: score and norm as shown.
          norm && score !== null
            ? signed(shownDifference(score, norm.mean), language, SCALE_DIGITS)
            : '–',
          whole(norm?.percentile, language),
        ]
      : [];
  const rows = q.dimensions.map((dimension) => [
    dimension.name,
    mean(dimension.mean),
    interval(dimension.ciLow, dimension.ciHigh, language, SCALE_DIGITS),
    share(dimension.favourable),
    whole(dimension.index100, language),
    ...normCells(dimension.norm, dimension.mean),
  ]);
  const overallNorm = q.benchmark?.overall;
  rows.push([
    words.overall,
    mean(q.overall.mean),
    interval(q.overall.ciLow, q.overall.ciHigh, language, SCALE_DIGITS),
    '',
    whole(q.overall.index100, language),
    ...normCells(overallNorm, q.overall.mean),
  ]);
  // The figures behind the chart, with intervals and the norm, stand in the appendix.
  blocks.push(...detailsNote(context, 'table:dimensionScores'));
  context.statistics.push(
    table(words.captions.dimensionTable(hasNorm), columns, rows, undefined, {
      key: 'table:dimensionScores',
      totalRow: true,
    }),
  );
  if (q.benchmark?.illustrative) {
    blocks.push({ kind: 'paragraph', note: true, text: words.illustrativeNorm });
    context.statistics.push({ kind: 'paragraph', note: true, text: words.illustrativeNorm });
  }
  if (q.pooledRespondents > 0)
    blocks.push({ kind: 'paragraph', note: true, text: words.pooledNote(q.pooledRespondents) });
  return blocks;
}

function dimensionsContent(context: Context): Pending[] {
  const { data, words, language } = context;
  const q = data.questionnaire;
  const gaps = data.gaps;
  const blocks: Pending[] = [];
  if (gaps && context.chartCounts.has('mirror')) {
    // The summary's mirror already shows every group per dimension: one chart, one message.
    blocks.push({
      kind: 'paragraph',
      text: [{ kind: 'ref', key: 'chart:mirror', wrap: [`${words.groupsInMirror} `, '.'] }],
    });
  } else if (gaps) {
    blocks.push(
      ...chart(
        context,
        'groupProfiles',
        actionTitles.groupProfiles(data) ?? words.captions.groupProfiles,
        groupsChart(gaps, gaps.profiles, words.axis.score(gaps.scale.min, gaps.scale.max)),
      ),
    );
    if (gaps.commonBasis.kind === 'linked') {
      blocks.push({
        kind: 'paragraph',
        note: true,
        text: words.linkedNote(gaps.commonBasis.statements),
      });
    }
  }
  const dimensions = q?.dimensions ?? [];
  const statistics: RichText[][] = [];
  for (const dimension of dimensions) {
    const index =
      gaps?.dimensions.findIndex((candidate) => candidate.code === dimension.code) ?? -1;
    const hasTable = gaps !== null && index >= 0;
    // The heading, its text and its table stay on one page (keep-with-next down to the table).
    blocks.push({ kind: 'heading', level: 2, text: dimension.name });
    if (dimension.description) {
      blocks.push({ kind: 'paragraph', text: dimension.description, keepNext: hasTable });
    }
    blocks.push({
      kind: 'paragraph',
      keepNext: hasTable,
      text: dimensionSentence(
        context,
        q?.audience ?? 'staff',
        dimension.name,
        dimension.mean,
        dimension.index100,
        // No comparison with a norm that is only illustrative.
        q?.benchmark?.illustrative ? null : (dimension.norm?.mean ?? null),
      ),
    });
    if (gaps && hasTable) {
      blocks.push(
        table(
          words.captions.groupTable(dimension.name),
          [
            col(words.columns.group, false, 3),
            col(words.columns.mean, true),
            col(words.columns.n, true, 0.8),
          ],
          gaps.profiles.map((profile) => [
            profile.name,
            num(profile.dimensions[index], language, SCALE_DIGITS),
            whole(profile.respondents, language),
          ]),
        ),
      );
      for (const profile of gaps.profiles) {
        statistics.push([
          dimension.name,
          profile.name,
          num(profile.dimensions[index], language, SCALE_DIGITS),
          interval(profile.ciLows[index], profile.ciHighs[index], language, SCALE_DIGITS),
          num(profile.sds[index], language, SCALE_DIGITS),
          whole(profile.respondents, language),
        ]);
      }
    }
    const tips = q?.tips.find((entry) => entry.dimension === dimension.code);
    if (tips && tips.tips.length > 0) {
      blocks.push({ kind: 'heading', level: 3, text: words.tipsHeading });
      for (const tip of tips.tips)
        blocks.push({ kind: 'paragraph', lead: tip.title, text: tip.text });
    }
  }
  if (statistics.length > 0) {
    context.statistics.push(
      table(
        words.captions.groupStatistics,
        [
          col(words.columns.dimension, false, 3),
          col(words.columns.group, false, 2.2),
          col(words.columns.mean, true),
          col(words.columns.ci, true, 1.8),
          col(words.columns.sd, true),
          col(words.columns.n, true, 0.8),
        ],
        statistics,
        undefined,
        { key: 'table:groupStatistics' },
      ),
    );
  }
  return blocks;
}

/**
 * "Betrouwbaarheidsintervallen en toetsen: zie Tabel 9." under a chart in the main text, when
 * the appendix that holds the table is in the report.
 */
function detailsNote({ words, settings }: Context, key: string): Pending[] {
  const appendix = settings.sections.some(
    (section) => section.id === 'appendix' && section.enabled,
  );
  if (!appendix) return [];
  return [
    {
      kind: 'paragraph',
      note: true,
      text: [
        { kind: 'text', text: words.detailsLead },
        { kind: 'ref', key, wrap: [' ', '.'] },
      ],
    },
  ];
}

function dimensionSentence(
  { language }: Context,
  audience: 'staff' | 'customer',
  name: string,
  mean: number | null,
  index100: number | null,
  norm: number | null,
): string {
  // Whose score: the whole sample of the version the norm compares with, not all groups below.
  const words = reportText(language).document;
  return fill(words.dimensionScore, {
    who: words.who[audience],
    dimension: nameInSentence(name, language),
    mean: num(mean, language, SCALE_DIGITS),
    index: whole(index100, language),
    norm: norm !== null ? `; ${fill(words.norm, { norm: num(norm, language, SCALE_DIGITS) })}` : '',
  });
}

function gapsContent(context: Context): Pending[] {
  const { data, words, language } = context;
  const gaps = data.gaps;
  if (!gaps) return [];
  const blocks: Pending[] = [];
  const styleOf = (name: string) => gaps.profiles.find((profile) => profile.name === name)?.style;
  if (gaps.largest.length > 0) {
    blocks.push(
      ...chart(
        context,
        'largestGaps',
        actionTitles.largestGaps(data) ?? words.captions.largestGaps,
        {
          type: 'dumbbell',
          rows: gaps.largest.map((gap) => ({
            label: gap.dimension,
            low: { name: gap.lower, value: gap.meanLower, ...withStyle(styleOf(gap.lower)) },
            high: { name: gap.higher, value: gap.meanHigher, ...withStyle(styleOf(gap.higher)) },
          })),
          seriesNames: { higher: words.axis.higherGroup, lower: words.axis.lowerGroup },
          min: gaps.scale.min,
          max: gaps.scale.max,
          axisLabel: words.axis.score(gaps.scale.min, gaps.scale.max),
        },
      ),
      ...detailsNote(context, 'table:largestGaps'),
    );
    // The tested differences (interval, g, p after Holm) stand in the appendix.
    context.statistics.push(
      table(
        words.captions.largestGapTable,
        [
          col(words.columns.rank, true, 0.7),
          col(words.columns.dimension, false, 2.4),
          col(words.columns.higher, false, 2.2),
          col(words.columns.lower, false, 2.2),
          col(words.columns.difference, true, 1.1),
          col(words.columns.ci, true, 2),
          col(words.columns.g, true, 0.9),
          col(words.columns.p, true, 1.3),
        ],
        gaps.largest.map((gap) => [
          `${whole(gap.rank, language)}${gap.tied ? '=' : ''}`,
          // A star marks comparisons on the linked statements only, explained under the table.
          gap.linked ? `${gap.dimension} *` : gap.dimension,
          `${gap.higher} (${num(gap.meanHigher, language, SCALE_DIGITS)})`,
          `${gap.lower} (${num(gap.meanLower, language, SCALE_DIGITS)})`,
          num(gap.diff, language, SCALE_DIGITS),
          interval(gap.ciLow, gap.ciHigh, language, SCALE_DIGITS),
          num(gap.g, language, 2),
          pValue(gap.pHolm, language),
        ]),
        undefined,
        { key: 'table:largestGaps' },
      ),
      {
        kind: 'paragraph',
        note: true,
        text: words.notableNote(
          num(gaps.notableDiff, language, 2),
          num(gaps.absG, language, 1),
          gaps.dimensionTests,
        ),
      },
    );
    const linkedGap = gaps.largest.find((gap) => gap.linked);
    if (linkedGap) {
      context.statistics.push({
        kind: 'paragraph',
        note: true,
        text: words.linkedRowsNote(linkedGap.statements),
      });
    }
  }
  if (gaps.anova.length > 0) {
    context.statistics.push(
      table(
        words.captions.anova,
        [
          col(words.columns.dimension, false, 3.4),
          col(words.columns.f, true, 2.2),
          col(words.columns.p, true, 1.3),
          col(words.columns.omega, true, 0.9),
          col(words.columns.supported, false, 1.3),
        ],
        gaps.anova.map((row) => [
          row.overall ? words.overall : row.dimension,
          row.f === null
            ? '–'
            : `${num(row.f, language, 2)} (${whole(row.df1, language)}; ${num(row.df2, language, 1)})`,
          pValue(row.pHolm, language),
          num(row.omegaSquared, language, 2),
          row.supported ? words.yes : words.no,
        ]),
      ),
      { kind: 'paragraph', note: true, text: words.anovaNote },
    );
  }
  blocks.push(...heatmapTable(context));
  const customers = [...new Set(gaps.blindSpots.map((report) => report.customer))];
  for (const customer of customers) {
    const reports = gaps.blindSpots.filter((report) => report.customer === customer);
    const limit = Math.max(
      0.5,
      ...reports.flatMap((report) => report.rows.map((row) => Math.abs(row.diff ?? 0))),
    );
    blocks.push(
      ...chart(context, 'blindSpots', actionTitles.blindSpots(data, customer), {
        type: 'diverging',
        categories: reports[0]?.rows.map((row) => row.dimension) ?? [],
        series: reports.map((report) => ({
          name: report.group,
          values: report.rows.map((row) => row.diff),
          style: report.groupStyle,
        })),
        limit: Math.ceil(limit * 2) / 2,
        axisLabel: words.axis.difference,
        negativeLabel: words.direction.hiddenStrength,
        positiveLabel: words.direction.blindSpot,
      }),
    );
    if (reports.some((report) => report.linked)) {
      blocks.push({
        kind: 'paragraph',
        note: true,
        text: words.linkedNote(gaps.commonBasis.statements),
      });
    }
    blocks.push(...detailsNote(context, `table:blindSpots:${customer}`));
    for (const [index, report] of reports.entries()) {
      context.statistics.push(
        table(
          words.captions.blindSpotTable(report.group, report.customer),
          [
            col(words.columns.dimension, false, 3),
            col(report.group, true, 1.4),
            col(report.customer, true, 1.4),
            col(words.columns.difference, true, 1.2),
            col(words.columns.direction, false, 2),
          ],
          report.rows.map((row) => [
            row.dimension,
            num(row.internal, language, SCALE_DIGITS),
            num(row.customer, language, SCALE_DIGITS),
            signed(row.diff, language, SCALE_DIGITS),
            row.notable
              ? words.direction[row.direction]
              : row.unsupported
                ? words.unsupportedMark
                : '–',
          ]),
          undefined,
          index === 0 ? { key: `table:blindSpots:${customer}` } : {},
        ),
      );
    }
  }
  return blocks;
}

/**
 * Groups × dimensions as a shaded table: each cell the group's mean, its colour how far that is
 * from the average of the compared groups (full colour at the notable difference), the same
 * colours as the Kloof tab's heatmap. A Word table, so it prints sharp and the client can edit it.
 */
function heatmapTable({ data, words, language }: Context): Pending[] {
  const gaps = data.gaps!;
  const rows = gaps.dimensions.map((dimension, index) => {
    const means = gaps.profiles.map((profile) => profile.dimensions[index] ?? null);
    const known = means.filter((mean): mean is number => mean !== null);
    const average =
      known.length > 0 ? known.reduce((sum, mean) => sum + mean, 0) / known.length : null;
    return {
      cells: [dimension.name, ...means.map((mean) => num(mean, language, SCALE_DIGITS))],
      shading: [
        null,
        ...means.map((mean) =>
          mean === null || average === null ? null : heatColour(mean - average, gaps.notableDiff),
        ),
      ],
    };
  });
  const shaded = table(
    words.captions.heatmap,
    [
      col(words.columns.dimension, false, 3),
      ...gaps.profiles.map((profile) => col(profile.name, true, 1.3)),
    ],
    rows.map((row) => row.cells),
    undefined,
    { key: 'table:heatmap', shading: rows.map((row) => row.shading) },
  );
  return [
    shaded,
    { kind: 'paragraph', note: true, text: words.heatmapNote(num(gaps.notableDiff, language, 2)) },
  ];
}

function withStyle(style: ReportGroup['style'] | undefined) {
  return style ? { style: { colour: style.colour, shape: style.shape } } : {};
}

function needsContent(context: Context): Pending[] {
  const { data, words, language } = context;
  const needs = data.gaps?.needs;
  if (!needs) return [];
  const blocks: Pending[] = [
    ...chart(
      context,
      'needsImportance',
      actionTitles.needsImportance(data) ?? words.captions.needsImportance,
      {
        type: 'dots',
        categories: needs.rankings.map((ranking) => ranking.name),
        series: needs.groups.map((group, index) => ({
          name: group.name,
          values: needs.rankings.map((ranking) => ranking.importance[index] ?? null),
          style: group.style,
        })),
        min: needs.scale.min,
        max: needs.scale.max,
        axisLabel: words.axis.importance,
      },
    ),
    ...detailsNote(context, 'table:needsRanks'),
  ];
  context.statistics.push(
    table(
      words.captions.needsTable,
      [
        col(words.columns.need, false, 3),
        ...needs.groups.map((group) => col(group.name, true, 1.4)),
      ],
      needs.rankings.map((ranking) => [
        ranking.name,
        ...needs.groups.map((_, index) => rankText(ranking.rank[index] ?? null, language)),
      ]),
      undefined,
      { key: 'table:needsRanks' },
    ),
  );
  for (const grid of needs.ipa) {
    const points = grid.needs.filter(
      (need): need is typeof need & { importance: number; performance: number } =>
        need.importance !== null && need.performance !== null,
    );
    // One definition with the screen (shared/gaps/ipa.ts): performance across, importance up.
    blocks.push(
      ...chart(context, 'ipa', actionTitles.ipa(data, grid), {
        type: 'scatter',
        points: points.map((need) => ({
          label: need.name,
          x: need.performance,
          y: need.importance,
        })),
        xSplit: grid.performanceSplit,
        ySplit: grid.importanceSplit,
        min: needs.scale.min,
        max: needs.scale.max,
        xLabel: words.axis.performance,
        yLabel: words.axis.importance,
        quadrantLabels: IPA_QUADRANT_LAYOUT.map((quadrant) => words.quadrants[quadrant]) as [
          string,
          string,
          string,
          string,
        ],
        splitNames: { x: words.axis.performanceCutOff, y: words.axis.importanceCutOff },
        cutOffNote: ipaCutOffText(grid.importanceSplit, grid.performanceSplit, language),
        style: { colour: grid.style.colour, shape: grid.style.shape },
      }),
      {
        kind: 'paragraph',
        note: true,
        text: ipaCutOffText(grid.importanceSplit, grid.performanceSplit, language),
      },
    );
    context.statistics.push(
      table(
        words.captions.ipaTable(grid.group),
        [
          col(words.columns.need, false, 3),
          col(words.columns.importance, true, 1.2),
          col(words.columns.performance, true, 1.2),
          col(words.columns.quadrant, false, 2.4),
        ],
        grid.needs.map((need) => [
          need.name,
          num(need.importance, language, SCALE_DIGITS),
          num(need.performance, language, SCALE_DIGITS),
          need.quadrant ? words.quadrants[need.quadrant] : '–',
        ]),
      ),
    );
  }
  return blocks;
}

function rankText(rank: number | null, language: Language): string {
  if (rank === null) return '–';
  return Number.isInteger(rank) ? whole(rank, language) : num(rank, language, 1);
}

/**
 * The quotes the report shows, grouped under their first top-level theme: the interview quotes
 * chosen (or, with `quoteIds` null, the first few per theme) and every open answer chosen as a
 * quote.
 */
export function selectQuotes(
  data: ReportData,
  quoteIds: readonly number[] | null,
): { themeId: number | null; quotes: ReportQuote[] }[] {
  const { themes, quotes } = data.interviews;
  const topLevel = themes.filter((theme) => theme.parentId === null);
  const familyOf = (themeId: number) =>
    new Set([
      themeId,
      ...themes.filter((theme) => theme.parentId === themeId).map((theme) => theme.id),
    ]);
  const families = topLevel.map((theme) => ({ id: theme.id, family: familyOf(theme.id) }));
  const homeOf = (quote: ReportQuote): number | null =>
    families.find(({ family }) => quote.themeIds.some((id) => family.has(id)))?.id ?? null;
  const fromInterviews = quotes.filter((quote) => quote.source === 'interview');
  const fromAnswers = quotes.filter((quote) => quote.source === 'openAnswer');

  let chosen: ReportQuote[];
  if (quoteIds === null) {
    const used = new Set<string>();
    chosen = [];
    for (const { id } of families) {
      // A quote from a small group is never chosen automatically: the consultant decides.
      const candidates = fromInterviews.filter(
        (quote) => homeOf(quote) === id && !used.has(quote.key) && !quote.fromSmallGroup,
      );
      for (const quote of candidates.slice(0, DEFAULT_QUOTES_PER_THEME)) {
        used.add(quote.key);
        chosen.push(quote);
      }
    }
  } else {
    const wanted = new Set(quoteIds);
    chosen = fromInterviews.filter((quote) => quote.id !== null && wanted.has(quote.id));
  }
  chosen = [...chosen, ...fromAnswers];
  const groups = [...families.map(({ id }) => id as number | null), null].map((themeId) => ({
    themeId,
    quotes: chosen.filter((quote) => homeOf(quote) === themeId),
  }));
  return groups.filter((group) => group.quotes.length > 0);
}

function interviewsContent(context: Context): Pending[] {
  const { data, words } = context;
  const { themes } = data.interviews;
  const blocks: Pending[] = [];
  const counted = themes.filter((theme) => theme.parentId === null && theme.quoteCount > 0);
  if (counted.length > 0) {
    blocks.push(
      ...chart(
        context,
        'themeCounts',
        actionTitles.themeCounts(data) ?? words.captions.themeCounts,
        {
          type: 'bars',
          categories: counted.map((theme) => theme.name),
          series: [
            { name: words.columns.quotes, values: counted.map((theme) => theme.quoteCount) },
          ],
          reference: null,
          min: 0,
          max: Math.max(...counted.map((theme) => theme.quoteCount)),
          axisLabel: words.axis.quotes,
          digits: 0,
        },
      ),
    );
  }
  for (const group of selectQuotes(data, context.settings.quoteIds)) {
    const theme = themes.find((candidate) => candidate.id === group.themeId);
    blocks.push({ kind: 'heading', level: 2, text: theme?.name ?? words.otherQuotes });
    if (theme?.description) {
      blocks.push({ kind: 'paragraph', text: theme.description, keepNext: true });
    }
    for (const quote of group.quotes) {
      blocks.push({ kind: 'quote', text: quote.text, attribution: quote.attribution });
    }
  }
  return blocks;
}

/** The recommendations the report shows: the consultant's, or the drafted ones. */
export function activeRecommendations(
  data: ReportData,
  settings: Pick<ReportSettings, 'recommendations'>,
): Recommendation[] {
  return byPriority(
    (settings.recommendations ?? draftRecommendations(data)).filter(
      (entry) => entry.action.trim() !== '',
    ),
  );
}

function missingOf(recommendations: Recommendation[]): ReportMissing[] {
  return recommendations.flatMap((entry, index) => {
    const fields = missingFields(entry);
    return fields.length > 0 ? [{ recommendation: index + 1, action: entry.action, fields }] : [];
  });
}

function recommendationsContent({ data, settings, words }: Context): Pending[] {
  const recommendations = activeRecommendations(data, settings);
  if (recommendations.length === 0) return [];
  const missing = (text: string): RichText => [
    { kind: 'text', text: `[${words.missing(text)}]`, missing: true },
  ];
  const blocks: Pending[] = [];
  recommendations.forEach((entry, index) => {
    blocks.push({ kind: 'heading', level: 3, text: `${index + 1}. ${entry.action}` });
    const evidence: InlineRun[] = entry.evidence
      ? [{ kind: 'text', text: entry.evidence }]
      : (missing(words.columns.evidence.toLocaleLowerCase(data.language)) as InlineRun[]);
    if (entry.evidenceRef) {
      evidence.push({ kind: 'ref', key: entry.evidenceRef, wrap: [` (${words.see} `, ')'] });
    }
    blocks.push({ kind: 'paragraph', lead: `${words.evidenceLead}:`, text: evidence });
    for (const quote of data.interviews.quotes.filter(
      (q) => q.id !== null && entry.quoteIds.includes(q.id),
    )) {
      blocks.push({ kind: 'quote', text: quote.text, attribution: quote.attribution });
    }
  });
  const cell = (value: string, field: string): RichText =>
    value.trim() === '' ? missing(field.toLocaleLowerCase(data.language)) : value;
  blocks.push(
    { kind: 'heading', level: 2, text: words.actionPlan },
    table(
      words.captions.actions,
      [
        col('#', true, 0.5),
        col(words.columns.action, false, 4.2),
        col(words.columns.priority, false, 1.5),
        col(words.columns.owner, false, 1.8),
        col(words.columns.due, false, 1.5),
        col(words.columns.successMeasure, false, 3.2),
      ],
      recommendations.map((entry, index) => [
        String(index + 1),
        entry.action,
        entry.priority ? words.priorities[entry.priority] : missing(words.columns.priority),
        cell(entry.owner, words.columns.owner),
        cell(entry.due, words.columns.due),
        cell(entry.successMeasure, words.columns.successMeasure),
      ]),
      undefined,
      { key: 'table:actions' },
    ),
  );
  return blocks;
}

function appendixContent(context: Context): Pending[] {
  const { data, words, language } = context;
  const q = data.questionnaire;
  const blocks: Pending[] = [];
  // The appendix's parts are level 3: the contents list the story, the text refers to the tables.
  if (context.statistics.length > 0) {
    blocks.push({ kind: 'heading', level: 3, text: words.statisticsTables }, ...context.statistics);
  }
  if (q) {
    blocks.push({ kind: 'heading', level: 3, text: words.itemTables });
    for (const dimension of q.dimensions) {
      const items = q.items.filter((item) => item.dimension === dimension.code);
      if (items.length === 0) continue;
      blocks.push(
        table(
          words.captions.items(dimension.name),
          [
            col(words.columns.item, false, 0.9),
            col(words.columns.statement, false, 5.4),
            col(words.columns.n, true, 0.7),
            col(words.columns.mean, true, 1.2),
            col(words.columns.sd, true, 0.8),
            col(words.columns.favourable, true, 1.1),
          ],
          items.map((item) => [
            item.code,
            item.reverse ? `${item.text} ${words.reverseMark}` : item.text,
            whole(item.n, language),
            num(item.mean, language, SCALE_DIGITS),
            num(item.sd, language, SCALE_DIGITS),
            item.favourable === null ? '–' : formatPercent(item.favourable, language),
          ]),
        ),
      );
    }
    blocks.push(
      { kind: 'heading', level: 3, text: words.reliability },
      table(
        words.captions.reliability,
        [
          col(words.columns.dimension, false, 4),
          col(words.columns.items, true, 1.3),
          col(words.columns.n, true, 0.8),
          col(words.columns.alpha, true, 0.9),
          col(words.columns.ci, true, 1.8),
        ],
        q.reliability.map((entry) => [
          entry.name,
          whole(entry.items, language),
          whole(entry.nComplete, language),
          num(entry.alpha, language, 2),
          interval(entry.ciLow, entry.ciHigh, language, 2),
        ]),
      ),
    );
  }
  blocks.push(
    { kind: 'heading', level: 3, text: words.methodNotes },
    { kind: 'list', ordered: false, items: methodNotes(data) },
  );
  return blocks;
}

function altText(spec: ChartSpec, caption: string, { words, language }: Context): string {
  const value = (x: number | null | undefined, digits = 1) => num(x, language, digits);
  switch (spec.type) {
    case 'bars': {
      const series = spec.series[0];
      const parts = spec.categories.map((category, index) => {
        const main = value(series?.values[index], spec.digits);
        const reference = spec.reference?.values[index];
        return reference === null || reference === undefined
          ? `${category} ${main}`
          : `${category} ${main} (${spec.reference?.name.toLocaleLowerCase()} ${value(reference, spec.digits)})`;
      });
      return `${words.chartAlt.bars}: ${caption}. ${parts.join('; ')}.`;
    }
    case 'dots': {
      const parts = spec.categories.map(
        (category, index) =>
          `${category}: ${spec.series.map((series) => `${series.name} ${value(series.values[index], SCALE_DIGITS)}`).join(', ')}`,
      );
      return `${words.chartAlt.dots}: ${caption}. ${parts.join('; ')}.`;
    }
    case 'dumbbell': {
      const parts = spec.rows.map(
        (row) =>
          `${row.label}: ${row.high.name} ${value(row.high.value, SCALE_DIGITS)}, ${row.low.name} ${value(row.low.value, SCALE_DIGITS)}`,
      );
      return `${words.chartAlt.dumbbell}: ${caption}. ${parts.join('; ')}.`;
    }
    case 'diverging': {
      const parts = spec.categories.map(
        (category, index) =>
          `${category}: ${spec.series.map((series) => `${series.name} ${signed(series.values[index], language, SCALE_DIGITS)}`).join(', ')}`,
      );
      return `${words.chartAlt.diverging}: ${caption}. ${parts.join('; ')}.`;
    }
    case 'scatter': {
      const parts = spec.points.map(
        (point) =>
          `${point.label} (${value(point.x, SCALE_DIGITS)}; ${value(point.y, SCALE_DIGITS)})`,
      );
      return `${words.chartAlt.scatter}: ${caption}. ${spec.xLabel} ${words.against} ${spec.yLabel.toLocaleLowerCase()}: ${parts.join(', ')}. ${spec.cutOffNote}`;
    }
  }
}

/** Every text the document prints, in order: for tests and for the preview's search. */
export function documentText(document: ReportDocument): string {
  const text = (rich: RichText) => plainText(rich, (key) => referenceLabel(document, key));
  const parts: string[] = [];
  if (document.cover)
    parts.push(
      ...Object.values(document.cover).filter(
        (value): value is string => typeof value === 'string',
      ),
    );
  for (const section of document.sections) {
    parts.push(section.title);
    for (const block of section.blocks) {
      switch (block.kind) {
        case 'heading':
          parts.push(block.text);
          break;
        case 'paragraph':
          parts.push(block.lead ? `${block.lead} ${text(block.text)}` : text(block.text));
          break;
        case 'list':
          parts.push(...block.items.map(text));
          break;
        case 'quote':
          parts.push(block.text, block.attribution);
          break;
        case 'table':
          parts.push(
            block.caption,
            ...block.columns.map((column) => column.header),
            ...block.rows.flat().map(text),
            ...(block.source ? [block.source] : []),
          );
          break;
        case 'chart':
          parts.push(block.caption, block.alt, ...(block.source ? [block.source] : []));
          break;
      }
    }
  }
  return parts.join('\n');
}

/**
 * Every word the report itself prints (headings, captions, column headers, labels), in Dutch and
 * English. The document is always in the engagement's language, whatever the UI language is.
 */
import type { InterviewKind } from '../interviews/model';
import { IPA_AXIS_NAMES, IPA_QUADRANT_NAMES, type IpaQuadrant } from '../gaps/ipa';
import type { Language } from '../questionnaire/instrument';
import type { SectionId } from './sections';

export interface ReportWords {
  defaultTitle: string;
  subtitle: (client: string) => string;
  preparedFor: string;
  preparedBy: string;
  consultant: string;
  date: string;
  sampleNotice: string;
  contents: string;
  figure: string;
  table: string;
  page: string;
  of: string;
  sections: Record<Exclude<SectionId, 'cover'>, string>;
  kinds: Record<InterviewKind, { one: string; many: string }>;
  groupKinds: { department: string; management: string; customer: string };
  columns: {
    group: string;
    kind: string;
    respondents: string;
    dimension: string;
    score: string;
    index: string;
    norm: string;
    difference: string;
    percentile: string;
    mean: string;
    sd: string;
    n: string;
    item: string;
    statement: string;
    higher: string;
    lower: string;
    ci: string;
    g: string;
    p: string;
    notable: string;
    alpha: string;
    items: string;
    need: string;
    rank: string;
    importance: string;
    performance: string;
    quadrant: string;
    theme: string;
    quotes: string;
    action: string;
    owner: string;
    due: string;
    priority: string;
    successMeasure: string;
    evidence: string;
    customer: string;
    direction: string;
    favourable: string;
    invited: string;
    responseRate: string;
    marginOfError: string;
    f: string;
    omega: string;
    supported: string;
  };
  yes: string;
  no: string;
  overall: string;
  reverseMark: string;
  direction: { blindSpot: string; hiddenStrength: string; none: string };
  quadrants: Record<IpaQuadrant, string>;
  bands: { low: string; medium: string; high: string };
  otherQuotes: string;
  tipsHeading: string;
  actionPlan: string;
  evidenceLead: string;
  see: string;
  missing: (what: string) => string;
  priorities: Record<'high' | 'medium' | 'low', string>;
  itemTables: string;
  reliability: string;
  methodNotes: string;
  /** The appendix chapter holding the detailed statistics tables moved out of the main text. */
  statisticsTables: string;
  /** Lead-in of the summary's list of decisions. */
  decisions: string;
  /** Under a chart whose detailed statistics stand in the appendix: "Details: zie Tabel 9." */
  detailsLead: string;
  /** Where the scores of every group per dimension are drawn, when the summary's mirror has them. */
  groupsInMirror: string;
  captions: {
    participation: string;
    dimensionScores: (norm: boolean) => string;
    dimensionTable: (norm: boolean) => string;
    groupProfiles: string;
    groupTable: (dimension: string) => string;
    groupStatistics: string;
    mirror: string;
    largestGaps: string;
    largestGapTable: string;
    heatmap: string;
    blindSpots: (customer: string) => string;
    blindSpotTable: (group: string, customer: string) => string;
    needsImportance: string;
    needsTable: string;
    ipa: (group: string) => string;
    ipaTable: (group: string) => string;
    themeCounts: string;
    actions: string;
    items: (dimension: string) => string;
    reliability: string;
    anova: string;
  };
  axis: {
    score: (min: number, max: number) => string;
    difference: string;
    importance: string;
    performance: string;
    quotes: string;
    higherGroup: string;
    lowerGroup: string;
    importanceCutOff: string;
    performanceCutOff: string;
  };
  chartAlt: {
    bars: string;
    dots: string;
    dumbbell: string;
    diverging: string;
    scatter: string;
  };
  noQuestionnaire: string;
  noComparison: string;
  noInterviews: string;
  normLabel: string;
  illustrativeNorm: string;
  /** `pooled`: the small groups together reach the threshold and count in the totals. */
  hiddenGroupsNote: (count: number, threshold: number, pooled: boolean) => string;
  questionnaireWithheld: (threshold: number) => string;
  pooledNote: (pooled: number) => string;
  linkedNote: (statements: number) => string;
  /** Under a table whose starred rows compare staff with customers on the linked statements. */
  linkedRowsNote: (statements: number) => string;
  notableNote: (diff: string, g: string, tests: number) => string;
  unsupportedMark: string;
  anovaNote: string;
  participationNote: string;
  heatmapNote: (diff: string) => string;
}

const nl: ReportWords = {
  defaultTitle: 'Klantspiegel: hoe de organisatie en haar klanten elkaar zien',
  subtitle: (client) => `Rapportage voor ${client}`,
  preparedFor: 'Opdrachtgever',
  preparedBy: 'Opgesteld door',
  consultant: 'Consultant',
  date: 'Datum',
  sampleNotice: 'Synthetisch voorbeeld: alle gegevens in dit rapport zijn verzonnen.',
  contents: 'Inhoud',
  figure: 'Figuur',
  table: 'Tabel',
  page: 'Pagina',
  of: 'van',
  sections: {
    summary: 'Samenvatting',
    method: 'Aanpak en methode',
    results: 'Resultaten van de vragenlijst',
    dimensions: 'Resultaten per dimensie',
    gaps: 'Verschillen in beeld',
    needs: 'Een gedeeld beeld van de klantbehoeften',
    interviews: 'Thema’s uit de gesprekken',
    recommendations: 'Aanbevelingen en actieplan',
    appendix: 'Bijlage',
  },
  kinds: {
    'client-reflection': {
      one: 'reflectiegesprek met een klant',
      many: 'reflectiegesprekken met klanten',
    },
    'internal-interview': { one: 'intern interview', many: 'interne interviews' },
    'customer-interview': { one: 'klantinterview', many: 'klantinterviews' },
    'internal-session': { one: 'interne klantsessie', many: 'interne klantsessies' },
  },
  groupKinds: { department: 'Afdeling', management: 'Management', customer: 'Klanten' },
  columns: {
    group: 'Groep',
    kind: 'Soort',
    respondents: 'Respondenten',
    dimension: 'Dimensie',
    score: 'Score',
    index: 'Index (0–100)',
    norm: 'Norm',
    difference: 'Verschil',
    percentile: 'Percentiel',
    mean: 'Gemiddelde',
    sd: 'SD',
    n: 'n',
    item: 'Code',
    statement: 'Stelling',
    higher: 'Hoger',
    lower: 'Lager',
    ci: '95%-BI',
    g: 'g',
    p: 'p (Holm)',
    notable: 'Opvallend',
    alpha: 'α',
    items: 'Stellingen',
    need: 'Behoefte',
    rank: 'Rang',
    importance: 'Belang',
    performance: 'Prestatie',
    quadrant: 'Kwadrant',
    theme: 'Thema',
    quotes: 'Citaten',
    action: 'Actie',
    owner: 'Eigenaar',
    due: 'Deadline',
    priority: 'Prioriteit',
    successMeasure: 'Succesmaat',
    evidence: 'Onderbouwing',
    customer: 'Klant',
    direction: 'Richting',
    favourable: '% gunstig',
    invited: 'Uitgenodigd',
    responseRate: 'Respons',
    marginOfError: 'Foutmarge',
    f: 'F (df)',
    omega: 'ω²',
    supported: 'Onderbouwd',
  },
  yes: 'ja',
  no: 'nee',
  overall: 'Totaal',
  reverseMark: '(omgekeerd gescoord)',
  direction: {
    blindSpot: 'blinde vlek',
    hiddenStrength: 'verborgen sterkte',
    none: 'geen verschil',
  },
  quadrants: quadrantNames('nl'),
  bands: { low: 'laag', medium: 'gemiddeld', high: 'hoog' },
  otherQuotes: 'Overige citaten',
  tipsHeading: 'Wat je kunt doen',
  actionPlan: 'Actieplan',
  evidenceLead: 'Onderbouwing',
  see: 'zie',
  missing: (what) => `${what} ontbreekt`,
  priorities: { high: 'Hoog', medium: 'Middel', low: 'Laag' },
  itemTables: 'Scores per stelling',
  reliability: 'Betrouwbaarheid',
  methodNotes: 'Toelichting op methode en anonimiteit',
  statisticsTables: 'Statistische tabellen',
  decisions: 'Drie besluiten om te nemen, in volgorde van prioriteit:',
  detailsLead: 'Betrouwbaarheidsintervallen en toetsen: zie',
  groupsInMirror: 'De scores van elke groep per dimensie staan in',
  captions: {
    participation: 'Deelname per groep',
    dimensionScores: (norm) =>
      norm ? 'Score per dimensie tegenover de norm' : 'Score per dimensie',
    dimensionTable: (norm) => (norm ? 'Scores per dimensie en de norm' : 'Scores per dimensie'),
    groupProfiles: 'Score per dimensie en per groep',
    groupTable: (dimension) => `Scores per groep: ${dimension}`,
    groupStatistics: 'Scores per dimensie en groep, met 95%-betrouwbaarheidsinterval en spreiding',
    mirror: 'Hoe klanten en de eigen groepen de organisatie zien, per dimensie',
    largestGaps: 'De grootste verschillen tussen groepen',
    largestGapTable: 'De grootste verschillen tussen groepen, met toetsing',
    heatmap: 'Score per dimensie en groep',
    blindSpots: (customer) => `Blinde vlekken en verborgen sterktes tegenover ${customer}`,
    blindSpotTable: (group, customer) => `${group} tegenover ${customer}`,
    needsImportance: 'Belang van klantbehoeften per groep',
    needsTable: 'Rangorde van klantbehoeften per groep (1 = belangrijkst)',
    ipa: (group) => `Belang en prestatie volgens ${group}`,
    ipaTable: (group) => `Belang en prestatie per behoefte volgens ${group}`,
    themeCounts: 'Aantal citaten per thema',
    actions: 'Actieplan',
    items: (dimension) => `Stellingen: ${dimension}`,
    reliability: 'Betrouwbaarheid per dimensie (Cronbach’s α met 95%-interval volgens Feldt)',
    anova: 'Verschillen tussen alle groepen per dimensie (Welch-ANOVA)',
  },
  axis: {
    score: (min, max) => `Gemiddelde score (${min}–${max})`,
    difference: 'Verschil in punten',
    importance: IPA_AXIS_NAMES.importance.nl,
    performance: IPA_AXIS_NAMES.performance.nl,
    quotes: 'Citaten',
    higherGroup: 'Hoogst scorende groep',
    lowerGroup: 'Laagst scorende groep',
    importanceCutOff: 'Grens belang',
    performanceCutOff: 'Grens prestatie',
  },
  chartAlt: {
    bars: 'Staafdiagram',
    dots: 'Puntdiagram',
    dumbbell: 'Haltergrafiek',
    diverging: 'Staafdiagram van verschillen',
    scatter: 'Spreidingsdiagram',
  },
  noQuestionnaire: 'Er zijn nog geen antwoorden op de vragenlijst.',
  noComparison: 'Er zijn te weinig groepen met voldoende respondenten om te vergelijken.',
  noInterviews: 'Er zijn nog geen gesprekken vastgelegd.',
  normLabel: 'Norm',
  illustrativeNorm:
    'Let op: dit is een illustratieve norm zonder echte vergelijkingsgegevens; gebruik hem niet voor conclusies.',
  hiddenGroupsNote: (count, threshold, pooled) => {
    const groups =
      count === 1
        ? `Eén groep had minder dan ${threshold} respondenten en wordt daarom niet apart getoond`
        : `${count} groepen hadden minder dan ${threshold} respondenten en worden daarom niet apart getoond`;
    const their = count === 1 ? 'haar' : 'hun';
    return pooled
      ? `${groups}; samen hebben de kleine groepen minstens ${threshold} respondenten, dus ${their} antwoorden tellen samen mee in de totaalscores.`
      : `${groups}; ${their} antwoorden tellen ook niet mee in de totaalscores, zodat ze niet uit de andere getallen zijn terug te rekenen.`;
  },
  questionnaireWithheld: (threshold) =>
    `Alle groepen hebben minder dan ${threshold} respondenten; om de anonimiteit te bewaren worden er geen resultaten van de vragenlijst getoond.`,
  pooledNote: (pooled) =>
    `De totaalscores omvatten de getoonde groepen en ${pooled} respondenten van kleinere groepen samen.`,
  linkedNote: (statements) =>
    `Medewerkers en klanten vulden elk een eigen versie in; deze cijfers berusten op de ${statements} stellingen die in beide versies aan elkaar gekoppeld zijn.`,
  linkedRowsNote: (statements) =>
    `* Medewerkers tegenover klanten: vergeleken op de ${statements} stellingen die in beide versies aan elkaar gekoppeld zijn; de andere rijen op alle stellingen van hun versie.`,
  notableNote: (diff, g, tests) =>
    `Alleen opvallende verschillen: groot (vanaf ${diff} punt of |g| ≥ ${g}) én statistisch onderbouwd, p < 0,05 na Holm-correctie over alle ${tests} vergelijkingen. Verschil = verschil van de getoonde gemiddelden; BI = 95%-betrouwbaarheidsinterval van het verschil; gelijke verschillen delen hun rang.`,
  unsupportedMark: 'groot, niet onderbouwd',
  anovaNote:
    'Welch-ANOVA toetst per dimensie of de groepen samen verschillen; p gecorrigeerd volgens Holm over de dimensies, ω² is de effectgrootte (0 = geen verschil).',
  participationNote:
    'Respons = respondenten gedeeld door uitgenodigden; foutmarge = halve breedte van het 95%-interval van een percentage, met correctie voor de eindige groep.',
  heatmapNote: (diff) =>
    `Blauw: hoger dan het gemiddelde van de groepen, oranje: lager; volle kleur bij ${diff} punt verschil of meer.`,
};

const en: ReportWords = {
  defaultTitle: 'Customer mirror: how the organisation and its customers see each other',
  subtitle: (client) => `Report for ${client}`,
  preparedFor: 'Client',
  preparedBy: 'Prepared by',
  consultant: 'Consultant',
  date: 'Date',
  sampleNotice: 'Synthetic sample: all data in this report is made up.',
  contents: 'Contents',
  figure: 'Figure',
  table: 'Table',
  page: 'Page',
  of: 'of',
  sections: {
    summary: 'Executive summary',
    method: 'Approach and method',
    results: 'Questionnaire results',
    dimensions: 'Results per dimension',
    gaps: 'Perception gaps',
    needs: 'A shared picture of customer needs',
    interviews: 'Themes from the interviews',
    recommendations: 'Recommendations and action plan',
    appendix: 'Appendix',
  },
  kinds: {
    'client-reflection': {
      one: 'reflection conversation with a client',
      many: 'reflection conversations with clients',
    },
    'internal-interview': { one: 'internal interview', many: 'internal interviews' },
    'customer-interview': { one: 'customer interview', many: 'customer interviews' },
    'internal-session': { one: 'internal customer session', many: 'internal customer sessions' },
  },
  groupKinds: { department: 'Department', management: 'Management', customer: 'Customers' },
  columns: {
    group: 'Group',
    kind: 'Kind',
    respondents: 'Respondents',
    dimension: 'Dimension',
    score: 'Score',
    index: 'Index (0–100)',
    norm: 'Norm',
    difference: 'Difference',
    percentile: 'Percentile',
    mean: 'Mean',
    sd: 'SD',
    n: 'n',
    item: 'Code',
    statement: 'Statement',
    higher: 'Higher',
    lower: 'Lower',
    ci: '95% CI',
    g: 'g',
    p: 'p (Holm)',
    notable: 'Notable',
    alpha: 'α',
    items: 'Statements',
    need: 'Need',
    rank: 'Rank',
    importance: 'Importance',
    performance: 'Performance',
    quadrant: 'Quadrant',
    theme: 'Theme',
    quotes: 'Quotes',
    action: 'Action',
    owner: 'Owner',
    due: 'Deadline',
    priority: 'Priority',
    successMeasure: 'Success measure',
    evidence: 'Evidence',
    customer: 'Customer',
    direction: 'Direction',
    favourable: '% favourable',
    invited: 'Invited',
    responseRate: 'Response',
    marginOfError: 'Margin of error',
    f: 'F (df)',
    omega: 'ω²',
    supported: 'Supported',
  },
  yes: 'yes',
  no: 'no',
  overall: 'Overall',
  reverseMark: '(reverse scored)',
  direction: {
    blindSpot: 'blind spot',
    hiddenStrength: 'hidden strength',
    none: 'no difference',
  },
  quadrants: quadrantNames('en'),
  bands: { low: 'low', medium: 'medium', high: 'high' },
  otherQuotes: 'Other quotes',
  tipsHeading: 'What you can do',
  actionPlan: 'Action plan',
  evidenceLead: 'Evidence',
  see: 'see',
  missing: (what) => `${what} missing`,
  priorities: { high: 'High', medium: 'Medium', low: 'Low' },
  itemTables: 'Scores per statement',
  reliability: 'Reliability',
  methodNotes: 'Notes on method and anonymity',
  statisticsTables: 'Statistical tables',
  decisions: 'Three decisions to take, in order of priority:',
  detailsLead: 'Confidence intervals and tests: see',
  groupsInMirror: 'The scores of every group per dimension are shown in',
  captions: {
    participation: 'Participation per group',
    dimensionScores: (norm) =>
      norm ? 'Score per dimension against the norm' : 'Score per dimension',
    dimensionTable: (norm) => (norm ? 'Scores per dimension and the norm' : 'Scores per dimension'),
    groupProfiles: 'Score per dimension and group',
    groupTable: (dimension) => `Scores per group: ${dimension}`,
    groupStatistics: 'Scores per dimension and group, with 95% confidence interval and spread',
    mirror: 'How the customers and the client’s own groups see the organisation, per dimension',
    largestGaps: 'The largest differences between groups',
    largestGapTable: 'The largest differences between groups, with tests',
    heatmap: 'Score per dimension and group',
    blindSpots: (customer) => `Blind spots and hidden strengths against ${customer}`,
    blindSpotTable: (group, customer) => `${group} against ${customer}`,
    needsImportance: 'Importance of customer needs per group',
    needsTable: 'Ranking of customer needs per group (1 = most important)',
    ipa: (group) => `Importance and performance according to ${group}`,
    ipaTable: (group) => `Importance and performance per need according to ${group}`,
    themeCounts: 'Number of quotes per theme',
    actions: 'Action plan',
    items: (dimension) => `Statements: ${dimension}`,
    reliability: 'Reliability per dimension (Cronbach’s α with Feldt’s 95% interval)',
    anova: "Differences among all groups per dimension (Welch's ANOVA)",
  },
  axis: {
    score: (min, max) => `Mean score (${min}–${max})`,
    difference: 'Difference in points',
    importance: IPA_AXIS_NAMES.importance.en,
    performance: IPA_AXIS_NAMES.performance.en,
    quotes: 'Quotes',
    higherGroup: 'Higher-scoring group',
    lowerGroup: 'Lower-scoring group',
    importanceCutOff: 'Importance cut-off',
    performanceCutOff: 'Performance cut-off',
  },
  chartAlt: {
    bars: 'Bar chart',
    dots: 'Dot plot',
    dumbbell: 'Dumbbell chart',
    diverging: 'Bar chart of differences',
    scatter: 'Scatter plot',
  },
  noQuestionnaire: 'There are no questionnaire responses yet.',
  noComparison: 'Too few groups have enough respondents to compare.',
  noInterviews: 'No interviews have been recorded yet.',
  normLabel: 'Norm',
  illustrativeNorm:
    'Note: this is an illustrative norm without real comparison data; do not draw conclusions from it.',
  hiddenGroupsNote: (count, threshold, pooled) => {
    const groups =
      count === 1
        ? `One group had fewer than ${threshold} respondents and is therefore not shown separately`
        : `${count} groups had fewer than ${threshold} respondents and are therefore not shown separately`;
    const their = count === 1 ? 'its' : 'their';
    return pooled
      ? `${groups}; together the small groups have at least ${threshold} respondents, so ${their} answers count together in the overall scores.`
      : `${groups}; ${their} answers do not count in the overall scores either, so they cannot be worked out from the other figures.`;
  },
  questionnaireWithheld: (threshold) =>
    `Every group has fewer than ${threshold} respondents; to keep them anonymous, no questionnaire results are shown.`,
  pooledNote: (pooled) =>
    `The overall scores include the groups shown and ${pooled} respondents of smaller groups together.`,
  linkedNote: (statements) =>
    `Staff and customers each completed their own version; these figures rest on the ${statements} statements linked between the versions.`,
  linkedRowsNote: (statements) =>
    `* Staff against customers: compared on the ${statements} statements linked between the versions; the other rows on all statements of their version.`,
  notableNote: (diff, g, tests) =>
    `Notable differences only: large (from ${diff} points or |g| ≥ ${g}) and statistically supported, p < 0.05 after Holm's correction over all ${tests} comparisons. Difference = difference of the means as shown; CI = 95% confidence interval of the difference; equal differences share their rank.`,
  unsupportedMark: 'large, not supported',
  anovaNote:
    "Welch's ANOVA tests per dimension whether the groups differ at all; p adjusted by Holm's method over the dimensions, ω² is the effect size (0 = no difference).",
  participationNote:
    'Response = respondents divided by those invited; margin of error = half the width of the 95% interval of a percentage, corrected for the finite group.',
  heatmapNote: (diff) =>
    `Blue: above the average of the groups, orange: below; full colour at a difference of ${diff} points or more.`,
};

export const REPORT_WORDS: Record<Language, ReportWords> = { nl, en };

function quadrantNames(language: Language): Record<IpaQuadrant, string> {
  return Object.fromEntries(
    Object.entries(IPA_QUADRANT_NAMES).map(([quadrant, name]) => [quadrant, name[language]]),
  ) as Record<IpaQuadrant, string>;
}

export function wordsFor(language: Language): ReportWords {
  return REPORT_WORDS[language];
}

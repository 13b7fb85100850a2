/**
 * The interviews of the synthetic sample engagement: a few conversations of each kind, with notes
 * per guide question, quotes and a small codebook. Together they show the classic tension
 * between "the kitchen" (production) and "the floor" (sales), as the customer experiences it.
 * All people, organisations and words are made up.
 */
import type { Engagement } from '@shared/engagements/model';
import type { Language } from '@shared/questionnaire/instrument';
import type { InterviewKind, InterviewMode } from '@shared/interviews/model';
import { docFromBlocks, type DocBlock } from '@shared/interviews/note-doc';
import { FREE_NOTES_KEY, questionSectionKey } from '@shared/interviews/model';
import { shippedGuideRef } from '@shared/interviews/guides';
import { THEME_PALETTE } from '@shared/interviews/themes';
import type { Workspace } from '../workspace';

type Both<T> = Record<Language, T>;
const both = <T>(nl: T, en: T): Both<T> => ({ nl, en });

type ThemeKey =
  | 'delivery'
  | 'promises'
  | 'planning'
  | 'communication'
  | 'informing'
  | 'quality'
  | 'collaboration'
  | 'feedback';

interface SampleTheme {
  key: ThemeKey;
  parent: ThemeKey | null;
  name: Both<string>;
  description: Both<string>;
  dimensions: string[];
}

const THEMES: SampleTheme[] = [
  {
    key: 'delivery',
    parent: null,
    name: both('Leverbetrouwbaarheid', 'Delivery reliability'),
    description: both(
      'Leveren wat en wanneer is afgesproken.',
      'Delivering what was agreed, when it was agreed.',
    ),
    dimensions: ['SW'],
  },
  {
    key: 'promises',
    parent: 'delivery',
    name: both('Beloftes van verkoop', 'Promises made by sales'),
    description: both(
      'Toezeggingen aan klanten zonder afstemming met productie.',
      'Commitments to customers made without checking with production.',
    ),
    dimensions: ['SW'],
  },
  {
    key: 'planning',
    parent: 'delivery',
    name: both('Planning en levertijden', 'Planning and lead times'),
    description: both(
      'Hoe de planning tot stand komt en verschuift.',
      'How the schedule is made and how it shifts.',
    ),
    dimensions: [],
  },
  {
    key: 'communication',
    parent: null,
    name: both('Communicatie met de klant', 'Communication with the customer'),
    description: both(
      'Bereikbaarheid, aanspreekpunten en de toon van het contact.',
      'Reachability, points of contact and the tone of the contact.',
    ),
    dimensions: ['KD'],
  },
  {
    key: 'informing',
    parent: 'communication',
    name: both('Proactief informeren', 'Keeping customers informed'),
    description: both(
      'De klant horen voordat hij zelf moet bellen.',
      'Telling customers before they have to call.',
    ),
    dimensions: ['KD'],
  },
  {
    key: 'quality',
    parent: null,
    name: both('Vakmanschap en kwaliteit', 'Craftsmanship and quality'),
    description: both(
      'Wat klanten waarderen in het product zelf.',
      'What customers value in the product itself.',
    ),
    dimensions: ['KK'],
  },
  {
    key: 'collaboration',
    parent: null,
    name: both('Samenwerking productie en verkoop', 'Collaboration between production and sales'),
    description: both(
      'Hoe de keuken en de vloer elkaar zien en spreken.',
      'How the kitchen and the floor see and talk to each other.',
    ),
    dimensions: ['SW', 'LC'],
  },
  {
    key: 'feedback',
    parent: null,
    name: both('Omgaan met feedback', 'Acting on feedback'),
    description: both(
      'Wat er gebeurt met klachten en opmerkingen van klanten.',
      'What happens with complaints and comments from customers.',
    ),
    dimensions: ['FB'],
  },
];

/** A note block: plain text, a bullet list, or a sentence that is also marked as a quote. */
type SampleBlock = Both<DocBlock> | { quote: Both<string>; themes: ThemeKey[] };

const p = (nl: string, en: string): SampleBlock => both(nl, en);
const list = (nl: string[], en: string[]): SampleBlock => both({ bullets: nl }, { bullets: en });
const q = (themes: ThemeKey[], nl: string, en: string): SampleBlock => ({
  quote: both(nl, en),
  themes,
});

interface SampleInterview {
  kind: InterviewKind;
  guide: string;
  /** Index into the sample's groups: production, sales, management, customers. */
  group: 0 | 1 | 2 | 3;
  role: Both<string>;
  organisation: Both<string>;
  name: string;
  nameMayBeShown: boolean;
  date: string;
  mode: InterviewMode;
  consent: boolean;
  /** Notes per guide question id, or FREE_NOTES_KEY. */
  notes: [string, SampleBlock[]][];
}

const INTERVIEWS: SampleInterview[] = [
  {
    kind: 'client-reflection',
    guide: 'reflectiegesprek-klant',
    group: 3,
    role: both('', ''),
    organisation: both('productiebedrijf', 'manufacturer'),
    name: 'Ingrid Bos',
    nameMayBeShown: false,
    date: '2026-09-15',
    mode: 'on-site',
    consent: true,
    notes: [
      [
        'samenwerking',
        [
          p(
            'Tevreden over het eindproduct, minder over de weg ernaartoe. Werkt al elf jaar met De Kroon.',
            'Happy with the end product, less so with the road to it. Has worked with De Kroon for eleven years.',
          ),
          q(
            ['quality'],
            'Als het onderdeel eenmaal hier ligt, klopt het altijd. Daar hoef ik nooit naar om te kijken.',
            'Once the part is here, it is always right. I never have to worry about that.',
          ),
        ],
      ],
      [
        'gestoord',
        [
          q(
            ['informing', 'planning'],
            'Ik hoor pas dat een levering later komt als ik zelf bel. Dan is mijn eigen planning al om.',
            'I only hear that a delivery is late when I call myself. By then my own schedule has already fallen apart.',
          ),
          list(
            [
              'Twee keer dit jaar een week te laat',
              'Geen vast aanspreekpunt bij planning',
              '**Wel**: snelle oplossing bij een maatfout',
            ],
            [
              'Twice this year a week late',
              'No fixed contact person in planning',
              '**But**: quick fix for a dimension error',
            ],
          ),
        ],
      ],
      [
        'beloftes',
        [
          q(
            ['promises'],
            'De accountmanager zegt overal ja op. Dat is prettig aan tafel en vervelend drie weken later.',
            'The account manager says yes to everything. That is pleasant at the table and annoying three weeks later.',
          ),
        ],
      ],
      [
        FREE_NOTES_KEY,
        [
          p(
            'Wil graag een kwartaalgesprek met iemand van productie erbij, _niet alleen verkoop_.',
            'Would like a quarterly meeting with someone from production present, _not just sales_.',
          ),
        ],
      ],
    ],
  },
  {
    kind: 'client-reflection',
    guide: 'reflectiegesprek-klant',
    group: 3,
    role: both('Inkoper', 'Buyer'),
    organisation: both('machinebouwer', 'machine builder'),
    name: 'Peter Smit',
    nameMayBeShown: false,
    date: '2026-09-18',
    mode: 'video',
    consent: true,
    notes: [
      [
        'samenwerking',
        [
          p(
            'Samenwerking is "goed, maar stroperig". Offertes duren lang; de prijs is redelijk.',
            'Collaboration is "good, but slow going". Quotes take long; the price is fair.',
          ),
        ],
      ],
      [
        'contact',
        [
          q(
            ['communication', 'collaboration'],
            'Verkoop en de fabriek vertellen mij soms twee verschillende verhalen over dezelfde order.',
            'Sales and the factory sometimes tell me two different stories about the same order.',
          ),
        ],
      ],
      [
        'anders',
        [
          q(
            ['informing'],
            'Bel me als er iets schuift, ook als het nieuws slecht is. Dan kan ik er nog iets mee.',
            'Call me when something shifts, even if the news is bad. Then I can still do something with it.',
          ),
        ],
      ],
    ],
  },
  {
    kind: 'customer-interview',
    guide: 'klantinterview',
    group: 3,
    role: both('Projectleider', 'Project manager'),
    organisation: both('installatiebedrijf', 'installation company'),
    name: 'Tom Verhoef',
    nameMayBeShown: false,
    date: '2026-09-22',
    mode: 'phone',
    consent: true,
    notes: [
      [
        'behoeften',
        [
          list(
            ['Leverbetrouwbaarheid boven prijs', 'Eén aanspreekpunt', 'Tekeningen die kloppen'],
            ['Delivery reliability above price', 'One point of contact', 'Drawings that are right'],
          ),
        ],
      ],
      [
        'frustraties',
        [
          q(
            ['planning', 'delivery'],
            'Mijn monteurs staan op de bouw te wachten op onderdelen die vorige week beloofd waren.',
            'My fitters stand on site waiting for parts that were promised last week.',
          ),
        ],
      ],
      [
        'goed',
        [
          q(
            ['quality'],
            'Het laswerk is van een niveau dat we bij anderen niet vinden.',
            'The welding is of a standard we do not find elsewhere.',
          ),
        ],
      ],
      [
        'directeur',
        [
          p(
            'Zou productie en verkoop samen in één kamer zetten. Lacht erbij, maar meent het.',
            'Would put production and sales together in one room. Laughs, but means it.',
          ),
        ],
      ],
    ],
  },
  {
    kind: 'customer-interview',
    guide: 'klantinterview',
    group: 3,
    role: both('Hoofd inkoop', 'Head of purchasing'),
    organisation: both('scheepswerf', 'shipyard'),
    name: 'Marieke de Wit',
    nameMayBeShown: true,
    date: '2026-09-24',
    mode: 'video',
    consent: true,
    notes: [
      [
        'context',
        [
          p(
            'Koopt constructiedelen voor de afbouw van schepen. Kleine series, veel maatwerk.',
            'Buys structural parts for fitting out ships. Small series, lots of custom work.',
          ),
        ],
      ],
      [
        'beloftes',
        [
          q(
            ['promises', 'delivery'],
            'Op papier is de levertijd zes weken. In de praktijk reken ik zelf met acht.',
            'On paper the lead time is six weeks. In practice I plan with eight myself.',
          ),
        ],
      ],
      [
        'bereikbaarheid',
        [
          q(
            ['communication'],
            'Als ik bel, krijg ik iemand aan de lijn die het wil oplossen. Dat waardeer ik echt.',
            'When I call, I get someone on the line who wants to solve it. I really appreciate that.',
          ),
        ],
      ],
    ],
  },
  {
    kind: 'internal-interview',
    guide: 'intern-interview',
    group: 0,
    role: both('Werkvoorbereider', 'Production planner'),
    organisation: both('', ''),
    name: 'Jeroen Bakker',
    nameMayBeShown: false,
    date: '2026-09-29',
    mode: 'on-site',
    consent: true,
    notes: [
      [
        'beste-ervaring',
        [
          p(
            'Een spoedklus voor een scheepswerf in het voorjaar: in het weekend doorgewerkt, klant belde om te bedanken.',
            'A rush job for a shipyard in spring: worked through the weekend, the customer called to say thanks.',
          ),
        ],
      ],
      [
        'samenwerking',
        [
          q(
            ['promises', 'collaboration'],
            'Verkoop belooft een leverdatum en wij horen het pas als de order al getekend is.',
            'Sales promises a delivery date and we only hear about it once the order has been signed.',
          ),
          q(
            ['collaboration'],
            'Voor verkoop zijn wij de rem. Voor ons is verkoop de brandweer die zelf de brand sticht.',
            'To sales we are the brake. To us, sales is the fire brigade that starts its own fires.',
          ),
        ],
      ],
      [
        'informatie',
        [
          p(
            'Klantinformatie komt via de orderbon. Wat de klant er eigenlijk mee doet, weten we zelden.',
            'Customer information comes through the order form. What the customer actually does with it, we rarely know.',
          ),
        ],
      ],
    ],
  },
  {
    kind: 'internal-interview',
    guide: 'intern-interview',
    group: 1,
    role: both('Accountmanager', 'Account manager'),
    organisation: both('', ''),
    name: 'Lisa Jansen',
    nameMayBeShown: false,
    date: '2026-09-30',
    mode: 'on-site',
    consent: true,
    notes: [
      [
        'beste-ervaring',
        [
          p(
            'Een nieuwe klant binnengehaald door een proefstuk binnen een week te laten maken.',
            'Won a new customer by having a trial piece made within a week.',
          ),
        ],
      ],
      [
        'samenwerking',
        [
          q(
            ['collaboration', 'planning'],
            'Productie ziet een spoedorder als een storing in de planning, niet als een klant die ons nodig heeft.',
            'Production sees a rush order as a disruption to the schedule, not as a customer who needs us.',
          ),
        ],
      ],
      [
        'klachten',
        [
          q(
            ['feedback'],
            'Een klacht gaat in een mailtje naar de fabriek en daarna hoor ik er niets meer van.',
            'A complaint goes to the factory in an email and after that I never hear about it again.',
          ),
        ],
      ],
      [
        'eigen-gedrag',
        [
          p(
            'Noemt nu standaard een marge van een week bij levertijden. "Liever een week te vroeg."',
            'Now routinely adds a week of margin to lead times. "Better a week early."',
          ),
        ],
      ],
    ],
  },
  {
    kind: 'internal-interview',
    guide: 'intern-interview',
    group: 2,
    role: both('Directeur', 'Managing director'),
    organisation: both('', ''),
    name: 'Henk de Kroon',
    nameMayBeShown: false,
    date: '2026-10-02',
    mode: 'on-site',
    consent: true,
    notes: [
      [
        'leiding',
        [
          q(
            ['collaboration'],
            'We sturen op omzet en bezetting. Klanttevredenheid meten we eigenlijk alleen als er iemand boos is.',
            'We steer on revenue and utilisation. We only really measure customer satisfaction when someone is angry.',
          ),
        ],
      ],
      [
        'een-ding',
        [
          p(
            'Wil een wekelijks orderoverleg met verkoop en werkvoorbereiding, maximaal een half uur.',
            'Wants a weekly order meeting with sales and production planning, half an hour at most.',
          ),
        ],
      ],
    ],
  },
  {
    kind: 'internal-session',
    guide: 'interne-klantsessie',
    group: 0,
    role: both('Teamleiders productie', 'Production team leaders'),
    organisation: both('', ''),
    name: '',
    nameMayBeShown: false,
    date: '2026-10-06',
    mode: 'on-site',
    consent: true,
    notes: [
      [
        'weten',
        [
          list(
            ['Klanten kiezen ons om de kwaliteit', 'Maatwerk is onze kracht'],
            ['Customers choose us for the quality', 'Custom work is our strength'],
          ),
        ],
      ],
      [
        'denken',
        [
          q(
            ['planning', 'delivery'],
            'We denken dat klanten een week later niet erg vinden zolang het product goed is.',
            'We think customers do not mind a week of delay as long as the product is good.',
          ),
        ],
      ],
      [
        'zelfde-klant',
        [
          p(
            'Nee. Productie ziet tekeningen en toleranties, verkoop ziet mensen en deadlines.',
            'No. Production sees drawings and tolerances, sales sees people and deadlines.',
          ),
        ],
      ],
    ],
  },
  {
    kind: 'internal-session',
    guide: 'interne-klantsessie',
    group: 1,
    role: both('Binnendienst en accountmanagers', 'Sales office and account managers'),
    organisation: both('', ''),
    name: '',
    nameMayBeShown: false,
    date: '2026-10-07',
    mode: 'on-site',
    consent: true,
    notes: [
      [
        'feedback',
        [
          q(
            ['feedback', 'informing'],
            'Klanten zeggen al jaren dat ze eerder willen horen wat er speelt, maar we hebben er nooit iets mee gedaan.',
            'Customers have been saying for years that they want to hear sooner what is going on, but we never did anything with it.',
          ),
        ],
      ],
      [
        'toetsen',
        [
          list(
            [
              'Aanname: klanten willen vooral snel een offerte. Toetsen bij drie klanten (Lisa, november).',
              'Aanname: een week vertraging is geen probleem. Toetsen via de klantenenquête.',
            ],
            [
              'Assumption: customers mainly want a quick quote. Check with three customers (Lisa, November).',
              'Assumption: a week of delay is no problem. Check through the customer survey.',
            ],
          ),
        ],
      ],
    ],
  },
];

/** Adds the sample interviews, codebook and quotes to a freshly created sample engagement. */
export function seedSampleInterviews(
  workspace: Workspace,
  engagement: Engagement,
  language: Language,
): void {
  const repository = workspace.interviews;
  workspace.db.transaction(() => {
    const themeIds = new Map<ThemeKey, number>();
    THEMES.forEach((theme, index) => {
      const parentId = theme.parent ? (themeIds.get(theme.parent) ?? null) : null;
      const saved = repository.themes.save(engagement.id, {
        name: theme.name[language],
        description: theme.description[language],
        colour: THEME_PALETTE[index % THEME_PALETTE.length]!,
        parentId,
        dimensions: theme.dimensions,
      });
      const created = saved.find((candidate) => candidate.name === theme.name[language]);
      if (created) themeIds.set(theme.key, created.id);
    });

    for (const sample of INTERVIEWS) {
      const interview = repository.create({
        engagementId: engagement.id,
        kind: sample.kind,
        guideRef: shippedGuideRef(sample.guide),
        groupId: engagement.groups[sample.group]?.id ?? null,
        intervieweeRole: sample.role[language],
        organisation: sample.organisation[language],
        intervieweeName: sample.name,
        nameMayBeShown: sample.nameMayBeShown,
        interviewer: engagement.consultants[0] ?? '',
        date: sample.date,
        mode: sample.mode,
        consentGiven: sample.consent,
        consentDate: sample.consent ? sample.date : null,
      });
      for (const [section, blocks] of sample.notes) {
        const sectionKey = section === FREE_NOTES_KEY ? section : questionSectionKey(section);
        const docBlocks = blocks.map((block) =>
          'quote' in block ? block.quote[language] : block[language],
        );
        repository.saveNotes(interview.id, sectionKey, docFromBlocks(docBlocks));
        for (const block of blocks) {
          if (!('quote' in block)) continue;
          repository.quotes.create({
            interviewId: interview.id,
            sectionKey,
            text: block.quote[language],
            themeIds: block.themes.flatMap((key) => themeIds.get(key) ?? []),
          });
        }
      }
    }
    codeSampleOpenAnswers(workspace, engagement, themeIds);
  })();
}

/** Words in the sample's open answers that show which codebook theme they are about. */
const OPEN_ANSWER_THEMES: [ThemeKey, RegExp][] = [
  ['delivery', /levering|te laat|levertijd|deliver|late\b/i],
  [
    'communication',
    /laten weten|aanspreekpunt|informatie|belde|offerte|tell us|contact person|information|called|quotes/i,
  ],
  ['collaboration', /productie en verkoop|de fabriek|production and sales|the factory/i],
  ['feedback', /klacht|reclamatie|opmerkingen|complaint|remarks/i],
  ['quality', /fout in een serie|goedkopere uitvoering|batch had a fault|cheaper design/i],
];

/**
 * Codes the sample's open answers with the codebook's themes and picks two as quotes for the
 * report (a customer's and a staff member's), as a consultant would, so the Open answers view
 * and the report show what coding them does.
 */
function codeSampleOpenAnswers(
  workspace: Workspace,
  engagement: Engagement,
  themeIds: Map<ThemeKey, number>,
): void {
  const customerVersion = workspace.instruments.latestByKey('klantgerichtheidsscan-klant');
  const shownGroups = new Set(
    [...workspace.respondents.countByGroup(engagement.id)]
      .filter(([, respondents]) => respondents >= engagement.anonymityThreshold)
      .map(([groupId]) => groupId),
  );
  let customerQuote = false;
  let staffQuote = false;
  for (const answer of workspace.openAnswers.list(engagement.id)) {
    const themes = OPEN_ANSWER_THEMES.filter(([, words]) => words.test(answer.text)).flatMap(
      ([key]) => themeIds.get(key) ?? [],
    );
    if (themes.length > 0) workspace.openAnswers.setThemes(answer.id, engagement.id, themes);
    if (!shownGroups.has(answer.groupId) || themes.length === 0) continue;
    const fromCustomer = answer.instrumentId === customerVersion;
    if (fromCustomer ? customerQuote : staffQuote) continue;
    workspace.openAnswers.setQuoted(answer.id, engagement.id, true);
    if (fromCustomer) customerQuote = true;
    else staffQuote = true;
  }
}

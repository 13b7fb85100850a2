/**
 * Synthetic questionnaire responses for the sample engagement. The story they tell: production
 * ("the kitchen") rates sharing customer knowledge and inside-outside collaboration much higher
 * than sales ("the floor") does, sales knows the customer better, management is too small a
 * group to show on its own, and customers are less positive than staff about how feedback is
 * acted upon (a blind spot). Deterministic: the same sample every time.
 */
import type { Engagement, Group } from '@shared/engagements/model';
import type { Answers } from '@shared/questionnaire/answers';
import type { Instrument, Language } from '@shared/questionnaire/instrument';
import type { Workspace } from '../workspace';
import { seededRandom } from '@shared/util/seeded-random';

type DimensionMeans = Record<string, number>;

interface GroupProfile {
  count: number;
  /** Intended mean per dimension on the 1–5 scale (after reverse coding). */
  dimensions: DimensionMeans;
  /** Intended mean importance per customer need. */
  importance: DimensionMeans;
  /** Intended mean performance per need (customers only). */
  performance?: DimensionMeans;
  role: string;
}

const STAFF_IMPORTANCE_PRODUCTION = {
  PRICE: 3.0,
  QUALITY: 4.8,
  DELIVERY: 3.6,
  ATTENTION: 2.6,
  RESPONSE: 2.9,
  EXPERTISE: 4.4,
  FLEXIBILITY: 2.8,
  INNOVATION: 4.5,
  COMMUNICATION: 3.0,
  AFTERSALES: 3.2,
};
const STAFF_IMPORTANCE_SALES = {
  PRICE: 4.5,
  QUALITY: 3.9,
  DELIVERY: 4.2,
  ATTENTION: 4.6,
  RESPONSE: 4.4,
  EXPERTISE: 3.5,
  FLEXIBILITY: 4.3,
  INNOVATION: 2.9,
  COMMUNICATION: 4.0,
  AFTERSALES: 3.3,
};

const PROFILES: Record<'production' | 'sales' | 'management' | 'customers', GroupProfile> = {
  production: {
    count: 14,
    role: 'operator',
    dimensions: { KK: 3.0, KD: 4.4, FB: 3.5, LC: 3.6, SW: 4.5, RF: 3.1 },
    importance: STAFF_IMPORTANCE_PRODUCTION,
  },
  sales: {
    count: 12,
    role: 'accountmanager',
    dimensions: { KK: 4.0, KD: 2.6, FB: 3.4, LC: 3.3, SW: 2.5, RF: 3.7 },
    importance: STAFF_IMPORTANCE_SALES,
  },
  management: {
    count: 4,
    role: 'manager',
    dimensions: { KK: 3.9, KD: 3.8, FB: 4.0, LC: 4.4, SW: 3.9, RF: 3.8 },
    importance: { ...STAFF_IMPORTANCE_SALES, INNOVATION: 4.2 },
  },
  customers: {
    count: 15,
    role: 'inkoper',
    dimensions: { KK: 3.2, KD: 3.0, FB: 2.5, LC: 3.4, SW: 2.9, RF: 2.8 },
    importance: {
      PRICE: 3.6,
      QUALITY: 4.4,
      DELIVERY: 4.8,
      ATTENTION: 3.9,
      RESPONSE: 4.6,
      EXPERTISE: 4.2,
      FLEXIBILITY: 3.8,
      INNOVATION: 2.7,
      COMMUNICATION: 4.1,
      AFTERSALES: 3.0,
    },
    performance: {
      PRICE: 3.5,
      QUALITY: 4.3,
      DELIVERY: 2.7,
      ATTENTION: 3.8,
      RESPONSE: 2.6,
      EXPERTISE: 4.4,
      FLEXIBILITY: 3.1,
      INNOVATION: 3.9,
      COMMUNICATION: 2.9,
      AFTERSALES: 3.6,
    },
  },
};

/**
 * Answers to the open questions, per audience and question, so they read as replies to what was
 * asked (and as quotes in the report). One draw picks one, whatever the pool's size.
 */
const OPEN_ANSWERS: Record<'staff' | 'customer', Record<string, Record<Language, string[]>>> = {
  staff: {
    OPEN_IMPROVE: {
      nl: [
        'Leveringen worden vaak later dan beloofd; dat horen we pas als de klant zelf belt.',
        'Productie en verkoop moeten eerder met elkaar praten, niet pas als de order er al ligt.',
        'Klachten komen bij de verkoper binnen en blijven daar hangen.',
        'Eén plek waar iedereen ziet wat er met een klant is afgesproken.',
        'Meer vooraf overleggen over wijzigingen in de planning.',
        'Terugkoppelen aan de klant wat we met zijn opmerkingen hebben gedaan.',
      ],
      en: [
        'Deliveries are often later than promised; we only hear when the customer calls.',
        'Production and sales should talk earlier, not only once the order is in.',
        'Complaints reach the salesperson and get stuck there.',
        'One place where everyone can see what was agreed with a customer.',
        'More consultation beforehand about changes to the schedule.',
        'Telling customers what we did with their remarks.',
      ],
    },
    OPEN_EXAMPLE: {
      nl: [
        'Een spoedorder in het weekend: productie en verkoop zaten samen aan tafel en de klant had zijn onderdelen op maandag.',
        'Een klant kreeg drie keer een andere levertijd van drie verschillende mensen.',
        'We hebben een tekening samen met de klant aangepast voordat we gingen snijden; dat scheelde een hoop afkeur.',
        'Een reclamatie bleef weken liggen omdat niemand zich eigenaar voelde.',
        'De monteur belde de klant zelf toen hij zag dat een onderdeel niet paste. Dat werd erg gewaardeerd.',
      ],
      en: [
        'A rush order at the weekend: production and sales sat down together and the customer had the parts on Monday.',
        'A customer was given three different delivery dates by three different people.',
        'We adjusted a drawing together with the customer before cutting; that saved a lot of rejects.',
        'A complaint sat for weeks because nobody felt it was theirs.',
        'The fitter called the customer himself when he saw a part would not fit. That was much appreciated.',
      ],
    },
  },
  customer: {
    OPEN_IMPROVE: {
      nl: [
        'Laat het op tijd weten als een levering later komt, niet pas op de dag zelf.',
        'Eén vast aanspreekpunt dat ook weet wat er in de fabriek gebeurt.',
        'Beloof niet wat de planning niet kan waarmaken.',
        'Vraag na afloop eens hoe het ging.',
        'Sneller een offerte bij kleine aanpassingen.',
      ],
      en: [
        'Tell us in good time when a delivery is late, not on the day itself.',
        'One contact person who also knows what is happening in the factory.',
        'Do not promise what the schedule cannot deliver.',
        'Ask us afterwards how it went.',
        'Faster quotes for small changes.',
      ],
    },
    OPEN_EXAMPLE: {
      nl: [
        'Toen er een fout in een serie zat, stond er de volgende ochtend iemand bij ons om het op te lossen.',
        'Een order kwam twee weken te laat en we hoorden het pas toen we zelf belden.',
        'De werkvoorbereider dacht mee over een goedkopere uitvoering. Dat waarderen we.',
        'We kregen tegenstrijdige informatie van verkoop en van de fabriek.',
      ],
      en: [
        'When a batch had a fault, someone was at our site the next morning to sort it out.',
        'An order came two weeks late and we only heard when we called ourselves.',
        'The planner suggested a cheaper design. We appreciate that.',
        'We got conflicting information from sales and from the factory.',
      ],
    },
  },
};

/** Roughly normal noise (sum of three uniforms) with the given spread. */
function noise(next: () => number, spread: number): number {
  return (next() + next() + next() - 1.5) * spread;
}

function answer(next: () => number, mean: number, min: number, max: number, spread = 1.6): number {
  return Math.min(max, Math.max(min, Math.round(mean + noise(next, spread))));
}

function respondentAnswers(
  instrument: Instrument,
  profile: GroupProfile,
  next: () => number,
  language: Language,
): Answers {
  // Each respondent leans up or down per dimension, so a dimension's items hang together as in
  // real data (a reasonable Cronbach's α) instead of being independent coin flips.
  const lean = new Map(
    instrument.dimensions.map((dimension) => [dimension.code, noise(next, 1.4)]),
  );
  const answers: Answers = {};
  const { min, max } = instrument.scale;
  for (const item of instrument.items) {
    if (next() < 0.04) continue; // a few items left blank, as on real forms
    if (item.kind === 'likert' && item.dimension) {
      const mean = (profile.dimensions[item.dimension] ?? 3) + (lean.get(item.dimension) ?? 0);
      const value = answer(next, mean, min, max, 1.1);
      answers[item.code] = item.reverse ? min + max - value : value;
    } else if (item.kind === 'importance' && item.need) {
      const { min: low, max: high } = instrument.needsScale;
      answers[item.code] = answer(next, profile.importance[item.need] ?? 3, low, high);
    } else if (item.kind === 'performance' && item.need && profile.performance) {
      const { min: low, max: high } = instrument.needsScale;
      answers[item.code] = answer(next, profile.performance[item.need] ?? 3, low, high);
    } else if (item.kind === 'open' && next() < 0.3) {
      const audience = instrument.audience === 'customer' ? 'customer' : 'staff';
      const texts = OPEN_ANSWERS[audience][item.code]?.[language] ?? [];
      // Draw even without a pool, so the closed answers after it stay the same.
      const pick = Math.floor(next() * texts.length);
      if (texts[pick]) answers[item.code] = texts[pick];
    }
  }
  return answers;
}

function profileOf(group: Group, index: number): GroupProfile {
  if (group.kind === 'customer') return PROFILES.customers;
  if (group.kind === 'management') return PROFILES.management;
  return index === 0 ? PROFILES.production : PROFILES.sales;
}

export function seedSampleResponses(workspace: Workspace, engagement: Engagement): void {
  const staffId = workspace.instruments.latestByKey('klantgerichtheidsscan');
  const customerId = workspace.instruments.latestByKey('klantgerichtheidsscan-klant');
  if (staffId === undefined || customerId === undefined) return;
  const staff = workspace.instruments.get(staffId).instrument;
  const customer = workspace.instruments.get(customerId).instrument;
  const next = seededRandom(20261123);
  workspace.db.transaction(() => {
    workspace.instruments.attach(engagement.id, staffId);
    workspace.instruments.attach(engagement.id, customerId);
    let number = 0;
    engagement.groups.forEach((group, index) => {
      const profile = profileOf(group, index);
      const instrument = group.kind === 'customer' ? customer : staff;
      const respondents = Array.from({ length: profile.count }, () => ({
        groupId: group.id,
        code: `${group.kind === 'customer' ? 'K' : 'M'}${String(++number).padStart(3, '0')}`,
        role: profile.role,
        answers: respondentAnswers(instrument, profile, next, engagement.language),
      }));
      workspace.respondents.insertMany(
        engagement.id,
        group.kind === 'customer' ? customerId : staffId,
        'sample',
        respondents,
      );
    });
  })();
}

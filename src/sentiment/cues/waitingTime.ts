/**
 * Waiting: how long the customer says they have waited ("on hold 2 hours", "3 weeks and nothing",
 * "waiting since Monday"). wink-nlp finds the DURATION, DATE and TIME entities; a duration counts
 * as waiting only next to a waiting word, so "I've had it for a month" is not a complaint.
 */
import { STUCK_AT } from './orderProblems.ts';
import type { TextAnalysis } from './textAnalysis.ts';

export interface WaitingCue {
  /** The wait in hours when the message says how long, else undefined. */
  hours?: number;
  reason: string;
}

const UNIT_HOURS: [RegExp, number][] = [
  [/^min/, 1 / 60],
  [/^(hour|hr)/, 1],
  [/^day/, 24],
  [/^(week|wk)/, 24 * 7],
  [/^fortnight/, 24 * 14],
  [/^month/, 24 * 30],
  [/^year/, 24 * 365],
];

const NUMBER_WORDS: Record<string, number> = {
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, fifteen: 15, twenty: 20, thirty: 30, forty: 40, 'forty-five': 45, fifty: 50,
  sixty: 60, ninety: 90, couple: 2, 'a couple of': 2, few: 3, 'a few': 3, several: 4, half: 0.5,
};

const DURATION = /\b(\d+(?:\.\d+)?|a couple of|a few|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty-five|forty|fifty|sixty|ninety|several|couple of|few)\s*(minutes?|mins?|hours?|hrs?|days?|weeks?|wks?|months?|years?|fortnight)\b/;
/**
 * Words that make a duration or date a wait rather than a fact ("for 2 hours" on hold, "since Monday").
 * "Still" does only when it tells of a wait: something missing, not done, stuck or unchanged ("still no
 * parcel", "still says label created", "still at the depot"). "Still my favourite mug after three years"
 * and "still going strong after two years" are the opposite of a complaint, and "still at the office"
 * is a long day, not a stuck parcel.
 */
const WAITING_CONTEXT = new RegExp(
  String.raw`\b(on hold|hold|wait\w*|been|since|late|later|still (?:no|not|nothing|none|(?:did|does|do|has|have|had|is|was|are|were) not|waiting|wait\w*|haven'?t|hasn'?t|havent|hasnt|don'?t|didn'?t|can'?t|won'?t|isn'?t|wasn'?t|aren'?t|being|missing|broken|charged|pending|processing|stuck|sitting|says|shows|showing|in transit|(?:at|in) the ${STUCK_AT}|on the way|the same|unresolved|empty)|nothing|already|took|taking|queue|in transit|sitting|stuck|no (reply|answer|response|update|news)|ago|overdue|due|promised|supposed to|chasing|day \d+)\b|\bstill[.!?]*$|\bit'?s (now )?the \d+(st|nd|rd|th)\b`,
);
/** Waiting without a stated length. */
/**
 * "forever" and "all day" are waits only after a waiting word ("taking forever", "waited in all day"):
 * "battery lasts forever", "I'll be at home all day on Thursday" are not. A "waiting list" is no wait,
 * and "day 3 of" one only when what follows is ("day 14 of waiting", not "day 3 of the festival").
 */
const WAITING_WORDS =
  /\b(on hold|still waiting|waiting(?! lists?\b)|waited|in the queue|(?:taking|takes|took|wait\w*|been|queu\w*) forever|forever to \w+|for ages|(?:wait\w*|stayed (?:in|home|at home)|stuck (?:in|at home)|on hold|on the phone|chasing\w*) all day|day \d+ of(?= (?:waiting|no |nothing|chasing|being|trying|asking|emailing|calling|my (?:parcel|order|package|refund|delivery)|the same)))\b/;
/** Waiting for something the customer looks forward to: "waiting for the sale to start, so excited". */
const EAGER = /\b(excited|can'?t wait|cannot wait|looking forward)\b/;
/**
 * A bare "waiting" for the customer's own people or pay day is a plan, not a wait on the shop:
 * "waiting for payday before I order", "waiting to hear back from my partner about the size". Not
 * "waiting for my sister's parcel", which is the shop's.
 */
const WAITING_ON_OWN =
  /\bwait(?:ing|ed)? (?:for|on|until|till|to hear (?:back )?from) (?:(?:my|our) (?:\w+ )?(?:sister|brother|partner|husband|wife|boyfriend|girlfriend|fianc[eé]e?|friend|mum|mom|mother|dad|father|parents|family|kids|children|son|daughter|boss|flatmate|housemate|colleague)s?\b(?!')|(?:pay ?day|my (?:pay|wages|salary|pay ?check|bonus))\b)/;
/**
 * A bare "waiting" for everyday things is the writer's day, not a wait on the shop: "waiting for the
 * kettle to boil", "waiting for the train home", "waiting for the results of the vote", "in the queue
 * for the concert". Not "waiting for the parcel", "waiting for the courier", "in the queue" on the
 * phone, nor "still waiting for the train" or a stated length.
 */
const EVERYDAY_WAIT =
  /\b(?:wait(?:ing|ed)?(?: all (?:day|week|month|year|season|summer|night))?|in the queue|queu(?:e|ing|eing)) (?:for|on) (?:the |my |our |a |an |this )?(?:next |last |first )?(?:kettle|oven|water|paint|train|bus|tram|tube|ferry|flight|plane|taxi|cab|uber|lift|lights?|traffic|match|game|kick-?off|final|results?|vote|votes|election|verdict|show|film|movie|episode|concert|gig|doors|fireworks|sun|weekend|holidays?|summer|bell|doctor|dentist|kids|baby|bread|dough|cake|coffee|tickets|loo|toilets?|bar|club|rides?|festival|museum|stadium|ice cream)\b/;
/** A wait with nothing more said: "waiting", "waited", "in the queue" (not "still waiting", "on hold"). */
const BARE_WAIT = /^(?:wait(?:ing|ed)|in the queue)$/;
/**
 * A date still to come is no wait: "it's supposed to rain again tomorrow", "exams next week". "Supposed
 * to arrive yesterday" and "waiting since last week" are.
 */
const FUTURE_DATE = /^(?:tomorrow|tonight|next\b|later\b|the day after tomorrow|this coming\b|upcoming\b|in (?:a|an|\d+|two|three|a few|a couple of) (?:minutes?|hours?|days?|weeks?|months?))/i;
/**
 * A wait the customer calls worth it: "I waited a few days but it was totally worth it". Not "not
 * worth the wait", "wasn't really worth it", nor a question or a hope ("is it even worth it?").
 */
const WORTH_THE_WAIT = /(?<!(?:\bnot|n't|\bnever|\bhardly|\bhope)(?: \w+)? )\bworth (?:it|the wait|waiting|every (?:minute|second|day|penny))\b(?!.*\?)/;
/** A wait the writer is now enjoying the fruit of: "I've waited ages for this book and I'm loving it". */
const LOVING_IT = /\b(?:and|but) (?:i'?m |i am |i )?(?:now )?(?:love|loving|adore|obsessed with) (?:it|them|this|these|every)\b(?!.*\?)/;
/** Seasons name things as well as dates: "the summer sale", "a winter coat". */
const SEASON = /^(spring|summer|autumn|fall|winter)$/i;
const HOURS_OF_PHRASE: [RegExp, number][] = [
  [/\b(forever|for ages)\b/, 24 * 7],
  [/\ball day\b/, 8],
  [/\bday (\d+) of\b/, 24],
];

export function durationHours(phrase: string): number | undefined {
  const match = DURATION.exec(phrase.toLowerCase());
  if (!match) return undefined;
  const amount = /^\d/.test(match[1]) ? Number(match[1]) : NUMBER_WORDS[match[1].replace(/ of$/, '')] ?? 1;
  const unit = UNIT_HOURS.find(([pattern]) => pattern.test(match[2]));
  return unit ? amount * unit[1] : undefined;
}

/**
 * The words every DATE entity of wink-nlp's (and every "since ..." DURATION) contains, as whole
 * words: digits, months, weekdays, seasons, calendar units, "yesterday", "ago", times of day. Without
 * one, the entity recognizer cannot change what detectWaiting finds. Found by reading every DATE and
 * "since" entity wink-nlp gives on our messages and VADER's 19,500 rated sentences, and on probes
 * ("since noon", "since Mon", "since mid-march", "since last night");
 * test/sentiment/waitingEntities.test.ts keeps probes of each kind. Whole words matter: the old
 * prefixes ("mon", "sat", "dec" in "money", "satisfied", "decided") woke the recognizer needlessly.
 */
const DATE_WORD =
  /\d|\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?s?|weekends?|spring|summer|autumn|fall|winter|years?|months?|weeks?|days?|fortnights?|decades?|century|centuries|yesterday|today|tomorrow|tonight|christmas|xmas|easter|ago|(?:twen|thir|for|fif|six|seven|eigh|nine)ties|noon|midday|midnight|mornings?|afternoons?|evenings?|nights?)\b/;
/** Words that make a date a wait: "waiting since Monday", "ordered on the 2nd, still nothing". */
const DATED_WAIT = /\b(?:since|wait\w*|still|nothing|ordered|paid|sent|returned|promised|supposed|due)\b/;
/**
 * A date word and a waiting word at most three words apart, either way round. "Bought my first one
 * in 2015 and the new one is still in its box" is no dated wait, and long messages (reviews,
 * stories) hold a year and a "still" far apart often enough to put the recognizer in the slowest
 * 1 in 100.
 */
const NEAR_DATED_WAIT = new RegExp(
  `${DATED_WAIT.source}(?:\\W+\\S+){0,3}?\\W+(?:${DATE_WORD.source})|(?:${DATE_WORD.source})\\S*(?:\\W+\\S+){0,3}?\\W+${DATED_WAIT.source}`,
);

/** Whether the (lower-case) message holds a word any DATE or "since ..." entity needs. */
export function mentionsDateWord(lower: string): boolean {
  return DATE_WORD.test(lower);
}

/**
 * Whether `detectWaiting` reads wink-nlp's entities for this (lower-case) message: it talks of
 * waiting, gives no written duration, and names a date next to a waiting word. Only then is the
 * entity recognizer, wink's costliest step, run.
 *
 * A written duration in the text is read before any entity; without one, no DURATION entity can
 * give a length either (an entity is a run of the text's own tokens, so a duration it spells would
 * be written in the text), so the entities matter only for a date next to a waiting word.
 */
export function mayNeedEntities(lower: string): boolean {
  return WAITING_CONTEXT.test(lower) && !DURATION.test(lower) && DATED_WAIT.test(lower) && DATE_WORD.test(lower) && NEAR_DATED_WAIT.test(lower);
}

export function detectWaiting(analysis: TextAnalysis): WaitingCue | undefined {
  const wait = findWait(analysis);
  // Asked only of the few messages that speak of a wait.
  return wait && LOVING_IT.test(analysis.lower) ? undefined : wait;
}

function findWait(analysis: TextAnalysis): WaitingCue | undefined {
  const { lower } = analysis;
  if (lower.includes('worth') && WORTH_THE_WAIT.test(lower)) return undefined;
  if (WAITING_CONTEXT.test(lower)) {
    // A written duration ("2 hours", "three weeks") is read here; wink-nlp's entities are asked only
    // for the rest: "since Monday", "on the 2nd", "a fortnight ago".
    const written = DURATION.exec(lower);
    const writtenHours = written ? durationHours(written[0]) : undefined;
    if (written && writtenHours !== undefined) return { hours: writtenHours, reason: `waiting time: ${written[0]}` };
    const entities = mayNeedEntities(lower) ? analysis.entities : [];
    // Longest stated wait wins ("called at 9am, 3 hours later, 2 days in total").
    let best: { hours: number; value: string } | undefined;
    for (const entity of entities) {
      if (entity.type !== 'DURATION') continue;
      const hours = durationHours(entity.value);
      if (hours !== undefined && (!best || hours > best.hours)) best = { hours, value: entity.value };
    }
    if (best) return { hours: best.hours, reason: `waiting time: ${best.value.replace(/^since /i, 'since ')}` };
    const dated = entities.find(
      (e) =>
        (e.type === 'DATE' && !namesAThing(analysis, e.value) && !FUTURE_DATE.test(e.value)) ||
        (e.type === 'DURATION' && SINCE.test(e.value)),
    );
    if (dated) return { reason: `waiting since ${dated.value.replace(SINCE_PREFIX, '')}` };
  }
  const words = WAITING_WORDS.exec(lower);
  // A bare "waiting" next to excitement is anticipation, and for the customer's own people or everyday
  // things a plan or a day; "still waiting" or a stated length still counts.
  if (words && !(BARE_WAIT.test(words[0]) && (EAGER.test(lower) || WAITING_ON_OWN.test(lower) || EVERYDAY_WAIT.test(lower)))) {
    const hours = HOURS_OF_PHRASE.find(([pattern]) => pattern.test(lower))?.[1];
    return { hours, reason: `waiting: "${words[0]}"` };
  }
  return undefined;
}

const SINCE = /^since\b/i;
const SINCE_PREFIX = /^since /i;

/** A season followed by a noun is a kind of thing ("summer sale", "winter boots"), not a date. */
function namesAThing(analysis: TextAnalysis, value: string): boolean {
  if (!SEASON.test(value)) return false;
  const at = analysis.normals.indexOf(value.toLowerCase());
  return at >= 0 && analysis.pos[at + 1] === 'NOUN';
}

/**
 * Whether the shop's text for a topic speaks to what the customer asked. "Do you ship to Canada?",
 * "can I pay with Klarna?", "are you open on Christmas?" are recognised as the shipping, payment and
 * opening-hours topics, but the shop's text may never mention Canada, Klarna or Christmas: answering
 * with it as if it did reads as a yes or as evasion (found by chatting). The words of the question
 * that neither the shop's text nor the topic's everyday words account for are what it leaves
 * unanswered, so the bot can say so and offer a person.
 */

/** Words any question has, whatever it asks about. */
const FUNCTION_WORDS = new Set(
  (
    'the a an and or but if so to of in on at by for from with without into onto about as than then that this these those there here ' +
    'is are was were be been being am do does did done doing have has had having can could will would shall should may might must ' +
    'i me my mine we us our ours you your yours he she it its they them their what which who whom whose when where why how ' +
    'not no yes any some all each every other another more most much many few lot lots just only also too very really ' +
    'please thanks thank hi hello hey ok okay sure like want need wondering wonder know tell ask asking question quick ' +
    'get got give make use way thing things something anything one ones able possible option options way ways still again ' +
    'offer offers provide available accept allow let does dont doesnt cant wont isnt arent im ive id youre shop store website site online'
  ).split(' '),
);

/** The everyday words of each topic, which any text on it answers even when it words them otherwise. */
const TOPIC_WORDS: Record<string, string> = {
  shipping_info:
    'ship shipping shipped deliver delivery delivered deliveries post postage send sent arrive arrival long fast quick quickly soon take takes cost costs charge price fee free express standard next day days business week weeks order parcel package courier carrier tracking',
  payment_methods: 'pay paying payment payments card cards credit debit method methods checkout charged charge accept take use',
  contact_hours:
    'open opening hours hour time times close closed closing contact reach call phone number email mail chat support team talk speak someone person staff human agent weekday weekdays weekend today tomorrow now',
  return_policy: 'return returns returning returned refund refunds policy window days send back item items exchange unused tags label free',
  discount_codes: 'discount discounts code codes coupon coupons promo voucher vouchers sale off percent newsletter checkout apply use enter',
  account_help: 'account password login log sign reset forgot forgotten change email address settings username profile',
  change_order: 'change changes changing edit update modify order address size colour color item items wrong shipped',
};

/** "deliveries" -> "deliver", "shipping" -> "ship": near enough to match a question's word to a text's. */
function stem(word: string): string {
  return word
    .toLowerCase()
    .replace(/(?:ies)$/, 'y')
    .replace(/(?:ing|ed|es|s)$/, '')
    .replace(/(.)\1$/, '$1');
}

/**
 * The states of the US: a shipping text that says "within the US" answers "do you ship to Texas?"
 * (found by chatting: it said the text did not mention Texas). Territories (Puerto Rico, Guam) and
 * military addresses are not listed: shops often treat them apart, so they stay unanswered.
 */
const US_STATES = new Set([
  'alabama', 'alaska', 'arizona', 'arkansas', 'california', 'colorado', 'connecticut', 'delaware', 'florida',
  'georgia', 'hawaii', 'idaho', 'illinois', 'indiana', 'iowa', 'kansas', 'kentucky', 'louisiana', 'maine',
  'maryland', 'massachusetts', 'michigan', 'minnesota', 'mississippi', 'missouri', 'montana', 'nebraska', 'nevada',
  'new hampshire', 'new jersey', 'new mexico', 'new york', 'north carolina', 'north dakota', 'ohio', 'oklahoma',
  'oregon', 'pennsylvania', 'rhode island', 'south carolina', 'south dakota', 'tennessee', 'texas', 'utah',
  'vermont', 'virginia', 'washington', 'west virginia', 'wisconsin', 'wyoming',
]);
const SAYS_US = /\b(?:US|U\.S\.|USA|United States)\b/;

/** Short names customers type for what a shop's text spells out. */
const SHORT_NAMES: Record<string, string> = { amex: 'american', mc: 'mastercard', gpay: 'google', applepay: 'apple', usa: 'us', america: 'us' };

function stems(text: string): Set<string> {
  return new Set((text.match(/[A-Za-z]+/g) ?? []).map(stem));
}

const topicStems = new Map(Object.entries(TOPIC_WORDS).map(([topic, words]) => [topic, stems(words)]));
const functionStems = new Set([...FUNCTION_WORDS].map(stem));

/**
 * The thing a shop question asks about, where its shape names one: "ship to Canada", "pay with
 * Klarna", "open on Christmas Day", "do you do price matching", "can I pick up in store". Whole
 * messages carry too much context ("my mum bought ...") to judge word by word, so only the words
 * in these slots count.
 */
const ASKED_THING: { pattern: RegExp; topics?: string[] }[] = [
  {
    // Case matters for the second word ("Puerto Rico", "canada tomorrow"), so the first letters are spelled out.
    pattern:
      /\b(?:[Ss]hip|[Dd]eliver|[Ss]end|[Pp]ost)(?:s|ping|ped|ing|y)?\s+(?:it\s+|orders?\s+|parcels?\s+)?(?:to|in(?:to)?|outside(?: of)?)\s+((?:the\s+)?(?:(?:[Nn]ew|[Nn]orth|[Ss]outh|[Ww]est|[Rr]hode|[Pp]uerto|[Ss]an|[Ll]os|[Ll]as|[Hh]ong|[Ss]ri|[Cc]osta|[Ee]l)\s+[A-Za-z]+|[A-Za-z]+(?:\s+[A-Z][a-z]+)?))/,
    topics: ['shipping_info'],
  },
  {
    pattern: /\b((?:pick(?:\s*|-)up|collect)\s+(?:it\s+|my order\s+|orders?\s+)?(?:in|at|from)\s+(?:a\s+|the\s+|your\s+)?(?:store|shop|warehouse|branch|location))\b/,
    topics: ['shipping_info'],
  },
  {
    pattern: /\b(?:pay|paying|payment|checkout)\s+(?:with|by|via|using|through|in)\s+(?:a\s+|an\s+|my\s+|the\s+|your\s+)?([A-Za-z]+(?:\s+[A-Za-z]+)?)/,
    topics: ['payment_methods'],
  },
  { pattern: /\bopen\s+(?:on|at|over|during|for)\s+(?:the\s+)?([A-Za-z]+(?:\s+[A-Za-z]+)?)/, topics: ['contact_hours'] },
  // "do you take Amex?", "do you do exchanges?": whichever topic it was recognised as.
  { pattern: /\b(?:do|does|can|will)\s+(?:you|u|ya)\s+(?:take|accept|support|do|offer|have|allow)\s+(?:a\s+|an\s+|any\s+)?([A-Za-z]+(?:\s+[A-Za-z]+)?)/ },
];

/**
 * The things asked about (as the customer wrote them, letters and spaces only) that the topic's text
 * does not speak to; empty when it does, or when the question names no such thing.
 */
export function unansweredThings(question: string, intent: string, answer: string): string[] {
  const covered = stems(answer);
  const topic = topicStems.get(intent) ?? new Set<string>();
  const known = (w: string) => covered.has(stem(w)) || topic.has(stem(w)) || covered.has(stem(SHORT_NAMES[w.toLowerCase()] ?? '-'));
  const left: string[] = [];
  // In a message of several questions the topic-less shape may belong to another one ("how long does
  // shipping take, and do you take paypal?" asks PayPal of payments, not of shipping).
  const severalQuestions = /[?,;]|\band\b/i.test(question.replace(/[\s?!.]+$/, ''));
  for (const { pattern, topics } of ASKED_THING) {
    if (topics ? !topics.includes(intent) : severalQuestions) continue;
    const thing = pattern.exec(question)?.[1]?.replace(/^(?:the|a|an)\s+/i, '');
    if (!thing) continue;
    if (US_STATES.has(thing.toLowerCase()) && SAYS_US.test(answer)) continue;
    const words = (thing.match(/[A-Za-z]{3,}/g) ?? []).filter((w) => !FUNCTION_WORDS.has(w.toLowerCase()) && !functionStems.has(stem(w)));
    // Answered when the text names any part of it ("American Express" for "express cards").
    if (!words.length || words.some(known)) continue;
    const phrase = thing.replace(/[^A-Za-z\s]/g, '').replace(/\s+/g, ' ').trim();
    if (!left.includes(phrase)) left.push(phrase);
  }
  return left;
}

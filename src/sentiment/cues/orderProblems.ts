/**
 * What customers say when an order goes wrong, often without a single negative word: "still no
 * refund", "third time I'm asking", "nobody answers", "never arrived", "where is my order".
 */
import { type CueHit, firstMatch, hit } from './cue.ts';

/**
 * Where an order sits stuck: "still at the depot", "still in the warehouse", "still in the same place".
 * Shared with the waiting cue.
 */
export const STUCK_AT =
  '(?:depot|warehouse|hub|sorting|distribution|customs|courier|post office|delivery (?:office|cent(?:re|er))|collection point|pick-?up point|locker|parcel ?shop|facility|same|first|processing|pending|queue|system|origin|border|port|dispatch|shipping|carrier|driver|van)';

const STILL_UNRESOLVED = [
  // Not "still can't get over how soft it is", "still can't stop wearing it" nor "still can't believe we
  // won": delight or astonishment. "Still at the depot" is stuck; "still at the office" is a day at work.
  new RegExp(String.raw`\bstill (no|not|nothing|(?:did|does|do|has|have|had|is|was|are|were) not|waiting|haven'?t|hasn'?t|havent|hasnt|don'?t|didn'?t|can'?t(?! (?:get over|stop|believe)\b)|won'?t|isn'?t|wasn'?t|being|the same|missing|broken|charged|no sign|(?:at|in) the ${STUCK_AT}|dealing)\b(\s+\w+)?`),
  /\b(and|but) (still )?nothing\b/,
  /\bnothing (yet|since|has (happened|changed|arrived|moved|been \w+))\b/,
  /\bno (sign|news|word|refund|money|replacement)( of| yet| back)?\b/,
  /\b(hasn'?t|has not|haven'?t|have not) (moved|changed|shipped|been (updated|refunded|sorted|fixed|processed|shipped))\b/,
  /\b(is|was) supposed to (arrive|be|come)\b/,
  /\bmy money back\b/,
];

const REPEATED_CONTACT = [
  /\b(second|2nd|third|3rd|fourth|4th|fifth|5th|sixth|umpteenth|nth|\d+th) time\b/,
  /\b(two|three|four|five|six|seven|several|many|multiple|countless|\d+) (times|emails|calls|messages|chats)\b/,
  /\bhow many (more )?times\b/,
  /\b(again and again|yet again|once again|over and over)\b/,
  /\b(ask|asking|asked|write|writing|wrote|call|calling|called|email|emailing|emailed|explain|explaining|contact|contacting|chase|chasing|tell|telling|remind|reminding)( you| this| it| about this| about it)? again\b/,
  /(^|[.!?] )again\b/,
  /\bagain,? (no|nothing|not)\b/,
  /\bnot again\b/,
  /\bkeep (asking|telling|sending|getting|saying|chasing)\b/,
  /\b(already|i) (asked|told|explained|gave|sent|called|emailed) (you|this|it|them|my)\b/,
  /\bsame (problem|issue|question|answer|reply|template|thing) (again|as)\b/,
  /\bevery (time|single time) i (call|ask|write|contact|phone|email)\b/,
  /\bi'?ve explained\b/,
];

/** "Again" as a customer says it of good service: "amazing service yet again", "once again fast delivery". */
const AGAIN = /\b(again and again|yet again|once again|over and over)\b|(^|[.!?] )again\b/;
/** A count of times said of a pleasure: "even better the second time", "third time ordering, love it". */
const ORDINAL_TIME = /\b(second|2nd|third|3rd|fourth|4th|fifth|5th|sixth|umpteenth|nth|\d+th) time\b/;
/**
 * A count of times of something the writer enjoys doing: "watching it for the third time", "second
 * time visiting". Not "third time I'm asking" nor "the fourth time I'm contacting you".
 */
const LEISURE_REPEAT =
  /\b(?:watch|read|see|saw|seen|listen|hear|heard|play|visit|went|been|run|ran|win|won|bak|cook|ride|rode|climb|sing|sang|danc)\w*(?: \w+){0,2} (?:for )?the (?:second|2nd|third|3rd|fourth|4th|fifth|5th|sixth|umpteenth|nth|\d+th) time\b|\b(?:second|2nd|third|3rd|fourth|4th|fifth|5th|sixth|umpteenth|nth|\d+th) time (?:watching|reading|seeing|listening|hearing|playing|visiting|going|running|winning|baking|cooking|riding|climbing|singing|dancing|here|there)\b/;
/** Contact words make a count of times a complaint whatever else is said: "third time asking, thanks". */
const CONTACT_WORDS =
  /\b(ask\w*|call\w*|writ\w*|wrote|email\w*|chas\w*|contact\w*|tell\w*|told|explain\w*|messag\w*|phon\w*|remind\w*|had to|have to|complain\w*|return\w*|send\w*|sent)\b/;
const PRAISE =
  /\b(amazing|great|brilliant|fantastic|excellent|lovely|perfect|superb|wonderful|fab|fabulous|fast|quick|speedy|smooth|beautiful|gorgeous|love|loved|loving|well done|spot on|thank|thanks|delighted|happy|happily|impressed|outstanding|best|even better|favourite|favorite|congrat\w*|proud|well played|never (?:disappoints|fails|lets (?:me|us) down))\b/;
/**
 * Anything in the message that could be the trouble the "again" is about. "Never disappoints", "never
 * fails" and "never lets me down" are praise, and so is "still love it".
 */
const TROUBLE =
  /\b(no|not|nothing|never(?! (?:disappoints|fails|lets (?:me|us) down)\b)|nobody|none|late|delay\w*|wrong|broken|damaged|lost|missing|charged|cancel\w*|still(?! (?:love|loving|obsessed|enjoy\w*|laugh\w*|smil\w*|buzzing|my favourite|the best|going strong|as good))|waiting|problem|issue|why|where|how many|complain\w*|sorry|again\?|could be better|expected better)\b|n't\b|\?/;

/**
 * Whether a repeated-contact phrase is "again" or a count of times ("even better the second time") in
 * praise, or a count of times of a pastime ("watching it for the third time"), with no trouble anywhere
 * in the message and, for a count, no word of contacting anyone.
 */
function praisedAgain(lower: string, phrase: string): boolean {
  const count = ORDINAL_TIME.test(phrase);
  if (count && LEISURE_REPEAT.test(lower) && !CONTACT_WORDS.test(lower) && !TROUBLE.test(lower)) return true;
  const praisable = AGAIN.test(phrase) || (count && !CONTACT_WORDS.test(lower));
  return praisable && PRAISE.test(lower) && !TROUBLE.test(lower);
}

const NOBODY = '(?:nobody|no one|no-one|noone)';
/** Words between "nobody" and its verb: "no one has ever", "nobody seems to", "no one at your company". */
const NOBODY_FILLER =
  '(?:has|have|had|is|was|will|would|can|could|did|does|ever|even|actually|else|seems to|seem to|bothered to|bothers to|wants to|wanted to|is going to|at all|at your company|there|here)';
const CONTACT_VERB = [
  'answer\\w*', 'repl\\w*', 'respond\\w*', 'help\\w*', 'call\\w*', 'rang', 'ring\\w*', 'phon\\w*', 'email\\w*',
  'pick\\w* up', 'picks', '(?:got|get|gets|getting|gotten|come|came|comes|write|wrote|writes) back', '(?:tell|tells|told) (?:me|us)',
  'kn(?:ows?|ew) (?:where|when|why|how|anything|what(?:\'s| is| was)? (?:happening|going on)|about (?:my|the|this|it))', 'cares?', 'cared', 'listen\\w*', 'contact\\w*', 'bother\\w*', 'follow\\w* up', 'sort\\w*', 'fix\\w*',
  'explain\\w*', '(?:is|was|has been|got|gets|will be) in touch', 'came', 'showed up', 'turned up', 'deal\\w*', 'look\\w* (?:at|into)',
  'check\\w*', 'read\\w*', 'warn\\w*', '(?:do|does|did) (?:anything|a thing)', 'seems? to care',
].join('|');

const NOBODY_ANSWERS = [
  // "nobody" is a complaint only with a contact or help verb: "nobody answers", "no one has got back to
  // me"; "nobody does knitwear like you" and "nobody will be home on Friday" are not. "Knows" only of
  // the order's whereabouts: "nobody knows where my order is", not "no one knows what the score is".
  new RegExp(
    `\\b${NOBODY}(?:'s)?(?: ${NOBODY_FILLER}){0,3} (?:${CONTACT_VERB})`,
  ),
  // "I was told someone would be in touch, nobody was."
  new RegExp(`\\b${NOBODY} (?:was|did|has|came|cares|knows|bothered)\\s*(?:[.,!?]|$)`),
  /\b(no|zero|without( a| any)?) (reply|replies|response|responses|answer|answers|call ?back|update|updates|email back|help)\b/,
  /\bnever (answer|answers|reply|replies|respond|responds|call|calls|get back|gets back)\b/,
  /\bany(one|body) (there|home|alive|listening|actually)\b/,
  /\bhung up\b/,
  /\b(ignored|ignoring me)\b/,
  /\b(hasn'?t|haven'?t|has not|have not|didn'?t|did not) (replied|reply|answered|answer|responded|respond|called back|got back|gotten back)\b/,
  /\b(then |and )?silence\b/,
];

const NEVER_ARRIVED = [
  /\bnever (arrived|came|showed up|turned up|got here|got to me|reached me|received|delivered|got (it|my|the))\b/,
  /\b(hasn'?t|has not|haven'?t|have not|didn'?t|did not|not) (arrived|come|turned up|shown up|been delivered|delivered|received (it|my|the (parcel|order|package|item)))\b/,
  /\b(lost|missing) (my |the )?(parcel|package|order|item|delivery)\b/,
  /\b(parcel|package|order|delivery) (is|was|got|has been) (lost|missing)\b/,
  /\byou lost\b/,
  /\b(says|said|shows|showing|marked( as)?) delivered\b.*\b(but|nothing|not|wasn'?t|isn'?t|never)\b/,
  /\bdelivered\.? (it wasn'?t|it isn'?t|but)\b/,
];

/** "Where's my order": not "where's my nearest pick-up point", which asks for a place. */
const WHERE_IS_MY = /\bwhere('?s| is| are)( my| our) (?!(?:nearest|closest|local|best)\b)(\w+)/;

const ITEM_DAMAGED = [
  // Not "broke the boots in" (wore them in) nor "smashed it" (did it well: "we smashed it at the charity run").
  /\b(broken|broke(?! (?:them|it|these|those|the \w+|my (?:new )?\w+) in\b(?! (?:half|two|pieces|the|transit|delivery|shipping)))|damaged|cracked|(?<!\b(?:you|you've|you have|totally|absolutely|really) )smashed(?! it (?:with|again|out of|at|today|tonight|this (?:week|weekend|year|season|morning|afternoon|evening)|on (?:stage|the day|the night|the pitch)|in (?:the (?:final|race|match|game|exam|interview)|style|training))\b)|shattered|torn|ripped|dented|scratched|faulty|defective|stained|leaks|leaking|snapped|soaked|peeling)\b/,
  /\bin pieces\b/,
  /\b(fell|came|coming|falling) (apart|off)\b/,
  /\bhole in\b/,
  /\b(doesn'?t|does not|won'?t|will not|didn'?t|isn'?t|not) (work|working|turn on|switch on|charge|charging|fit)\b/,
  /\bstopped (working|charging)\b/,
];

const WRONG_ITEM = [
  /\bwrong (item|size|colou?r|order|thing|one|product|model|address)\b/,
  /\bnot what i (ordered|paid for|asked for)\b/,
  /\bsomeone else'?s (order|parcel)\b/,
  /\b(box|parcel|package) was empty\b/,
  /\b(half|part|some) of (my|the) order (is|was) missing\b/,
];

/**
 * Most messages report no problem at all: one pass of a list's patterns joined says whether any of
 * them matches, and the list is walked in order (for the phrase to quote) only when one does.
 */
function anyOf(patterns: readonly RegExp[]): RegExp {
  return new RegExp(patterns.map((p) => `(?:${p.source})`).join('|'));
}

const ANY_STILL_UNRESOLVED = anyOf(STILL_UNRESOLVED);
const ANY_REPEATED_CONTACT = anyOf(REPEATED_CONTACT);
const ANY_NOBODY_ANSWERS = anyOf(NOBODY_ANSWERS);
const ANY_NEVER_ARRIVED = anyOf(NEVER_ARRIVED);
const ANY_ITEM_DAMAGED = anyOf(ITEM_DAMAGED);
const ANY_WRONG_ITEM = anyOf(WRONG_ITEM);

/** Whether "still" in the (lower-case) message tells of something missing, not done or stuck. */
export function stillComplains(lower: string): boolean {
  return ANY_STILL_UNRESOLVED.test(lower);
}

export function detectOrderProblems(lower: string): CueHit[] {
  const hits: CueHit[] = [];
  const still = ANY_STILL_UNRESOLVED.test(lower) && firstMatch(lower, STILL_UNRESOLVED);
  if (still) hits.push(hit('stillUnresolved', `"${still}"`));
  const repeated = ANY_REPEATED_CONTACT.test(lower) && firstMatch(lower, REPEATED_CONTACT);
  if (repeated && !praisedAgain(lower, repeated)) hits.push(hit('repeatedContact', `"${repeated}"`));
  if (ANY_NOBODY_ANSWERS.test(lower)) hits.push(hit('nobodyAnswers'));
  if (ANY_NEVER_ARRIVED.test(lower)) hits.push(hit('neverArrived'));
  const where = WHERE_IS_MY.exec(lower);
  if (where) hits.push(hit('whereIsMy', `"${where[0].trim()}"`));
  const damaged = ANY_ITEM_DAMAGED.test(lower) && firstMatch(lower, ITEM_DAMAGED);
  if (damaged) hits.push(hit('itemDamaged', `"${damaged}"`));
  if (ANY_WRONG_ITEM.test(lower)) hits.push(hit('wrongItem'));
  return hits;
}

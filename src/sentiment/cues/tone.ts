/**
 * Tone beyond the words: cheap sarcasm ("great, another delay", "thanks for nothing"), thanks, and
 * the shape of a request or question (customers asking something are mostly neutral, even with
 * "refund" or "broken" in the question).
 */
import { type CueHit, hit } from './cue.ts';

const SARCASM_PHRASES = [
  /\bthanks?( you)?( a lot| so much| very much)? for (nothing|wasting|ruining|losing|ignoring|cancel\w*|the (useless|automated))\b/,
  /\byeah,? right\b/,
  /\b(great|good|nice|brilliant|fantastic) (job|work)\b.*$/,
  /\bsure,? i'?ll just\b/,
  /\bjust what i (needed|wanted)\b.*\b(not|another|again|delay|broken)\b/,
];
/** A cheerful opener followed by bad news: "great, another delay", "perfect, now it says delivered". */
const CHEERFUL_OPENER = /^(oh,? )?(great|wonderful|perfect|lovely|brilliant|fantastic|nice|awesome|super|cool|fab|excellent|marvellous|amazing)\b([\s,.!-]+)(.*)$/;
/**
 * An opener with no pause that praises the noun after it: "amazing service yet again", "great
 * quality again" and, in social messages, "great night out with the girls again" praise; "great,
 * another delay", "great another delay" and "great service, yet again it's late" do not.
 */
const PRAISED_THING =
  /^(service|customer service|delivery|deliveries|quality|packaging|products?|stuff|team|staff|people|prices?|value|shop|store|experience|communication|support|help|job|work|selection|range|fit|colours?|colors?|design|gift|present|customer care|shopping|order|night|day|time|weekend|evening|morning|afternoon|game|match|show|party|trip|holiday|meal|food|dinner|lunch|breakfast|brunch|run|walk|view|result|win|goal|gig|concert|film|movie|episode|atmosphere|crowd|chat|company|friends|performance|session|workout|catch-up|laugh)\b/;
const BAD_NEWS = /\b(another|again|now it|now my|lost|cancel\w*|broken|wrong|charged|delay\w*|down|locked|expired|nothing|still|automated|number two|second time|late)\b/;

/** "I can't wait to wear it" is eager, not negated: wink reads "can't wait" as a negation. */
const EAGERNESS = /\b(can'?t|cannot|can not|couldn'?t) wait (to|for|till|until)\b|\blooking forward to\b|\bso (ready|excited) for\b/;
const GRATITUDE = /\b(thanks|thank you|thank u|thx|ty|cheers|appreciate\w*|grateful|much obliged)\b/;
const QUESTION_START = /^(what|where|when|why|how|who|which|can|could|would|will|do|does|did|is|are|was|should|may|have|has)\b/;
const REQUEST = /^(can|could|would|will|may) (i|you|we|someone)\b|\b(i'?d like|i would like|i want to|i need to|please|how do i|how can i|is it possible|let me)\b/;
/**
 * A shopper saying what they want, not how they feel: "I'm looking for a kettle", "after a new coat",
 * "need a gift for my nan", "show me the blue ones", "something like a parka". Complaints share the words ("still looking for
 * my parcel", "after three weeks"), so "after" counts only before an article or "something", and the
 * waiting and still cues speak for the complaint.
 */
const SHOPPING_REQUEST =
  /^(hi,? |hello,? |hey,? )?(i'?m |i am |im )?(just |currently |also )?(looking for|hunting for|shopping for|searching for|trying to find|in the market for|on the lookout for|after (a|an|some|the|one|something|anything)\b)|^(something|anything|one) (like|similar to)\b|\b(show me|i'?m looking for|i am looking for|i'?m after (a|an|some|the|something)|i need (a|an|some|the|something)|i want (a|an|some|the|something|to see))\b/;
/**
 * A task put as an instruction: "cancel my order", "reset my password", "track my parcel", "tell me
 * a joke". Found by chatting: AFINN reads "cancel" as negative and the bot apologised for a plain
 * request. Complaints that start this way keep their other words and cues ("refund me NOW, this is a disgrace").
 */
const INSTRUCTION =
  /^(please |pls |can you |could you )?(cancel|reset|change|update|track|check|find|send|resend|refund|return|show|tell|help|give|email|e-mail|unsubscribe|delete|remove|add|apply) (my|me|the|a|an|this|that|it|these|those|our|order|password)\b/;
const HYPOTHETICAL = /\b(if|in case|what happens|policy|what should i do|what do i do|usually|normally|is that normal|is it normal)\b/;

export interface ToneCues {
  hits: CueHit[];
  question: boolean;
  request: boolean;
  hypothetical: boolean;
}

export function detectTone(lower: string, hasNegativeWords: boolean): ToneCues {
  const hits: CueHit[] = [];
  let sarcasm = firstMatchOf(lower, SARCASM_PHRASES);
  if (sarcasm && /\b(job|work)\b/.test(sarcasm) && !hasNegativeWords && !/\bwrong\b/.test(lower)) sarcasm = undefined;
  if (!sarcasm) {
    const opener = CHEERFUL_OPENER.exec(lower);
    if (opener) {
      // After praise of a thing, "again" and "another" are more of it; other bad news is still sarcasm.
      const praisesNext = /^\s+$/.test(opener[3]) && PRAISED_THING.test(opener[4]);
      const rest = praisesNext ? opener[4].replace(/\b(again|another)\b/g, '') : opener[4];
      if (BAD_NEWS.test(rest) && !/\b(thanks|thank you)\b/.test(rest)) sarcasm = opener[0];
    }
  }
  if (sarcasm) hits.push(hit('sarcasm', `"${sarcasm.length > 40 ? `${sarcasm.slice(0, 40)}...` : sarcasm}"`));
  else if (GRATITUDE.test(lower)) hits.push(hit('gratitude'));
  const eager = EAGERNESS.exec(lower);
  if (eager && !sarcasm) hits.push(hit('eagerness', `"${eager[0]}"`));
  return {
    hits,
    // "what the hell, ..." opens like a question but is an exclamation.
    question: /\?\s*$/.test(lower) || (QUESTION_START.test(lower) && !/!|^what the\b/.test(lower)),
    request: REQUEST.test(lower) || SHOPPING_REQUEST.test(lower) || INSTRUCTION.test(lower),
    hypothetical: HYPOTHETICAL.test(lower),
  };
}

/** The first pattern's match (untrimmed), in the patterns' order. */
function firstMatchOf(text: string, patterns: readonly RegExp[]): string | undefined {
  for (const pattern of patterns) {
    const match = pattern.exec(text);
    if (match) return match[0];
  }
  return undefined;
}

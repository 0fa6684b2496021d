/**
 * The messages staff must see first: threats (leave, chargeback, lawyer, bad review, close the
 * account) and profanity.
 */
import { type CueHit, hit } from './cue.ts';

/**
 * Each threat word also has harmless uses, so the patterns ask for the threatening frame: "call my
 * bank" but not "call my bank to check the payment", "lawyer" but not "my lawyer friend", "take you
 * to court" but not "I work at the county court", "tell everyone not to buy here" but not "tell all
 * my friends about you", "post this on social media" but not "posting the new lamp on social media",
 * "going elsewhere from now on" but not "going elsewhere for dinner tonight".
 */
const THREATS: [string, RegExp][] = [
  ['to leave', /\b(never (order|buy|shop|use|purchase)\w* (from|here|with|again|you)|never (buying|ordering|shopping)|lost a customer|last time i (shop|order|buy|use)|(go|going|shop|shopping|buy|buying) elsewhere(?! for (?:dinner|lunch|breakfast|brunch|drinks|a drink|coffee|a coffee|food|a meal|dessert|the (?:night|evening|weekend|holidays|summer)|our holiday|holiday|uni|university|college|school|work))|switch(ing)? to (another|a different|your competitor|amazon)|take my (business|money) elsewhere|never again|will never recommend|not (be )?(ordering|buying|shopping) (from you|here|again))\b/],
  ['to cancel the account', /\b(cancel|close|delete|closing|cancelling|canceling|deleting) (my|the|this) account\b|\bcancel(ling)? all my orders\b|\bunsubscribe me\b/],
  ['of a chargeback', /\b(charge ?back|dispute (this|it|the (charge|payment))|(call|calling|contact|contacting|tell|telling|going to|go to|speak to|speaking to) my bank(?! to (check|see|confirm|make sure|ask|find out|verify|update|approve|authori[sz]e|unblock))|my bank (is|will)|credit card company|card company|paypal (claim|dispute))\b/],
  ['of legal action', /\b((lawyer|lawyers|solicitor|attorney)(?! (friend|mate|colleague|pal|neighbour|sister|brother|dad|mum))|legal action|sue you|suing|small claims|(take|taking|see|seeing|drag|dragging) (you|them|this|it|your company) to court|court (action|case|claim)|see (you|them) in court|trading standards|consumer protection|ombudsman|report(ing)? you)\b/],
  ['of a bad review', /\b((bad|negative|terrible|1|one|0|zero)[- ]star review|review everywhere|trustpilot|tell(ing)? (everyone|everybody|all my (friends|family)|people)( i know)? (not to|to avoid|to stay away|never to|how (bad|awful|terrible|useless|poor|rude)|what a (scam|joke|rip-?off))|post(ing)? (this|it|about (this|you|it)|my experience|everything) (on|online|all over)|all over social media|social media (post|storm)|warn (everyone|others))\b/],
];

const PROFANITY = /(^|[^a-z])(f+u+c+k+\w*|f\*+\w*|fck\w*|fcking|sh[i1]t\w*|s\*+t|bullshit|crap\w*|damn\w*|goddamn|hell\b|wtf|ffs|bloody|bastards?|piss(ed)?|arse\w*|asshole|a\*+hole|dickheads?|screw (you|this|that)|the heck)/;

/** Threats are rare: one pass of all their patterns joined before testing each one for its kind. */
const ANY_THREAT = new RegExp(THREATS.map(([, pattern]) => `(?:${pattern.source})`).join('|'));

export function detectEscalation(lower: string): CueHit[] {
  const hits: CueHit[] = [];
  if (ANY_THREAT.test(lower)) {
    for (const [what, pattern] of THREATS) {
      if (pattern.test(lower)) hits.push(hit('threat', what));
    }
  }
  if (PROFANITY.test(lower)) hits.push(hit('profanity'));
  return hits;
}

/**
 * The messages staff must see first: threats (leave, chargeback, lawyer, bad review, close the
 * account) and profanity.
 */
import { type CueHit, hit } from './cue.ts';

const THREATS: [string, RegExp][] = [
  ['to leave', /\b(never (order|buy|shop|use|purchase)\w* (from|here|with|again|you)|never (buying|ordering|shopping)|lost a customer|last time i (shop|order|buy|use)|(go|going|shop|shopping|buy|buying) elsewhere|switch(ing)? to (another|a different|your competitor|amazon)|take my (business|money) elsewhere|never again|will never recommend|not (be )?(ordering|buying|shopping) (from you|here|again))\b/],
  ['to cancel the account', /\b(cancel|close|delete|closing|cancelling|canceling|deleting) (my|the|this) account\b|\bcancel(ling)? all my orders\b|\bunsubscribe me\b/],
  ['of a chargeback', /\b(charge ?back|dispute (this|it|the (charge|payment))|(call|calling|contact|contacting|tell|telling|going to|go to|speak to|speaking to) my bank|my bank (is|will)|credit card company|card company|paypal (claim|dispute))\b/],
  ['of legal action', /\b(lawyer|lawyers|solicitor|attorney|legal action|sue you|suing|small claims|court|trading standards|consumer protection|ombudsman|report(ing)? you)\b/],
  ['of a bad review', /\b((bad|negative|terrible|1|one|0|zero)[- ]star review|review everywhere|trustpilot|tell (everyone|all my friends|everybody)|post(ing)? (this|about (this|you)) (on|online)|social media|warn (everyone|others))\b/],
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

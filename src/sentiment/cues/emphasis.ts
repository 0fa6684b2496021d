/**
 * How loud a message is: ALL CAPS, repeated !/?, intensifiers ("so", "really", "absolutely" before
 * an adjective, adverb or verb, by wink-nlp's POS) and emoji or emoticons.
 */
import { type CueHit, hit } from './cue.ts';
import { stillComplains } from './orderProblems.ts';
import type { TextAnalysis } from './textAnalysis.ts';

/** Upper-case words that are names, not shouting. */
const ACRONYMS = new Set([
  'UPS', 'DHL', 'DPD', 'TNT', 'USPS', 'GLS', 'FEDEX', 'VAT', 'FAQ', 'USB', 'LED', 'GPS', 'SMS', 'PDF', 'USA', 'EUR',
  'GBP', 'USD', 'XXL', 'XXS', 'TV', 'ID', 'OK', 'UK', 'EU', 'AM', 'PM', 'IBAN', 'BIC', 'PIN', 'SKU', 'CEO', 'NYC',
  'HDMI', 'LCD', 'AAA', 'COD', 'PO', 'RMA', 'NHS', 'BBC', 'DIY', 'IKEA', 'LOL',
]);

const INTENSIFIERS = new Set([
  'so', 'very', 'really', 'extremely', 'absolutely', 'totally', 'completely', 'utterly', 'incredibly', 'super',
  'such', 'seriously', 'truly', 'highly', 'deeply', 'ridiculously', 'terribly', 'awfully', 'insanely', 'beyond',
  'too', 'way', 'most',
]);

const NEGATIVE_EMOJI = /(😡|😠|🤬|😤|😞|😢|😭|😩|😫|🙄|👎|💩|😒|☹|🙁|😕|😣|😖|😔|😟|🤦|😑|😬)/u;
const POSITIVE_EMOJI = /(🙂|😊|😀|😃|😄|😁|😍|🥰|❤|♥|💕|👍|🙏|🎉|😎|✨|💯|🥳|😘|☺|👌|🤩|💖|👏)/u;
const NEGATIVE_EMOTICON = /(^|\s)(:-?\(+|:'-?\(|>:-?\(|:-?\[|D:|:-?@|:-?\/(?!\/))/;
const POSITIVE_EMOTICON = /(^|\s)(:-?\)+|:-?D\b|;-?\)|<3|\(:|=\)|:-?\]|:-?P\b)/;

const CAPITALS = /^[A-Z]{2,}$/;
const REPEATED_PUNCTUATION = /[!?]{2,}|\?!|!\?/;
/** Only question marks: "where is it??" is loud, "Already here?? That was quick!" is surprise. */
const REPEATED_QUESTION = /^\?+$/;

/**
 * Capitals that are written on a thing, not shouted: after a word that quotes ("the label says MADE IN
 * PORTUGAL", "the code WELCOME FIFTEEN") or before the kind of thing they name ("the TRAIL RUNNER
 * shoes", "the NORTH entrance"), or that tag a post ("NEW EPISODE drops on Friday"). "WHERE IS MY ORDER"
 * and "the WORST service" are shouting.
 */
const QUOTING = new Set([
  'says', 'said', 'say', 'reads', 'read', 'labelled', 'labeled', 'marked', 'printed', 'stamped', 'written', 'called', 'named',
  'code', 'voucher', 'coupon', 'brand', 'model',
]);
const NAMED_THING = new Set([
  'shoe', 'shoes', 'boot', 'boots', 'code', 'voucher', 'coupon', 'version', 'model', 'edition', 'range', 'collection', 'line',
  'size', 'colour', 'color', 'entrance', 'exit', 'store', 'shop', 'branch', 'brand', 'jacket', 'coat', 'bag', 'mug', 'lamp',
  'chair', 'sofa', 'table', 'bundle', 'set', 'kit', 'pack', 'sale', 'offer', 'deal', 'label', 'tag', 'sign', 'sticker',
]);

/**
 * A run of capitals that opens a message and names what kind of post it is, before lower-case text:
 * "NEW EPISODE drops on Friday", "BREAKING: the mayor resigns", "WEATHER WARNING for snow". A message
 * in capitals throughout ("NEW ONE ARRIVED BROKEN") still shouts.
 */
const HEADLINE_TAG = new Set([
  'NEW', 'BREAKING', 'ALERT', 'WARNING', 'WEATHER', 'TRAFFIC', 'SPOILER', 'SPOILERS', 'UPDATE', 'EXCLUSIVE', 'LIVE',
  'REMINDER', 'ANNOUNCEMENT', 'NEWS', 'OFFICIAL', 'CONFIRMED', 'GAMEDAY', 'MATCHDAY', 'TICKETS',
]);
const HEADLINE_MAX_WORDS = 3;
const LOWER_CASE_WORD = /^[a-z]/;

/** The tokens in runs of capitals that name or quote something. */
function writtenCapitals(tokens: readonly string[]): Set<number> {
  const written = new Set<number>();
  let i = 0;
  while (i < tokens.length) {
    if (!CAPITALS.test(tokens[i])) {
      i++;
      continue;
    }
    let end = i;
    while (end + 1 < tokens.length && CAPITALS.test(tokens[end + 1])) end++;
    const before = tokens[i - 1]?.toLowerCase();
    const after = tokens[end + 1];
    const headline = i === 0 && HEADLINE_TAG.has(tokens[0]) && end - i < HEADLINE_MAX_WORDS && tokens.slice(end + 1).some((t) => LOWER_CASE_WORD.test(t));
    if (headline || (before !== undefined && QUOTING.has(before)) || (after !== undefined && NAMED_THING.has(after))) {
      for (let k = i; k <= end; k++) written.add(k);
    }
    i = end + 1;
  }
  return written;
}

export function detectEmphasis(analysis: TextAnalysis): CueHit[] {
  const hits: CueHit[] = [];
  const { tokens } = analysis;
  let shouted = tokens.filter((token) => token.length >= 3 && CAPITALS.test(token) && !ACRONYMS.has(token));
  if (shouted.length) {
    const written = writtenCapitals(tokens);
    if (written.size) shouted = tokens.filter((token, i) => token.length >= 3 && CAPITALS.test(token) && !ACRONYMS.has(token) && !written.has(i));
  }
  // A loud "STILL" shouts only when something is still missing or stuck ("STILL no refund"), not in
  // "STILL buzzing from last night's concert".
  if (shouted.includes('STILL') && !stillComplains(analysis.lower)) shouted = shouted.filter((token) => token !== 'STILL');
  const loudest = shouted.filter((token) => token.length >= 4);
  if (shouted.length >= 2 || loudest.length >= 1) hits.push(hit('shouting', `ALL CAPS "${shouted.slice(0, 3).join(' ')}"`));

  const punctuation = REPEATED_PUNCTUATION.exec(analysis.text);
  // Repeated question marks in a message whose only lexicon words are happy ones are surprise.
  const surprise = punctuation && REPEATED_QUESTION.test(punctuation[0]) && analysis.afinn.positiveSum > 0 && analysis.afinn.negativeSum === 0;
  if (punctuation && !surprise) hits.push(hit('repeatedPunctuation', `"${punctuation[0]}"`));

  const intensifiers: string[] = [];
  const { normals, pos } = analysis;
  for (let i = 0; i < normals.length; i++) {
    const word = normals[i];
    if (!INTENSIFIERS.has(word)) continue;
    const next = pos[i + 1];
    if (next === 'ADJ' || next === 'ADV' || next === 'VERB' || word === 'such' || word === 'absolutely') {
      intensifiers.push(`${word} ${normals[i + 1] ?? ''}`.trim());
    }
  }
  if (intensifiers.length) hits.push(hit('intensifiers', intensifiers.map((w) => `"${w}"`).join(', ')));

  const sad = NEGATIVE_EMOJI.exec(analysis.text) ?? NEGATIVE_EMOTICON.exec(analysis.text);
  if (sad) hits.push(hit('negativeEmoji', (sad[2] ?? sad[0]).trim()));
  const happy = POSITIVE_EMOJI.exec(analysis.text) ?? POSITIVE_EMOTICON.exec(analysis.text);
  if (happy) hits.push(hit('positiveEmoji', (happy[2] ?? happy[0]).trim()));
  return hits;
}

/** How many intensifiers fired (for the model's strength feature). */
export function intensifierCount(hits: CueHit[]): number {
  const found = hits.find((h) => h.kind === 'intensifiers');
  return found ? found.reason.split('", "').length : 0;
}

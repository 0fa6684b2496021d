/**
 * How loud a message is: ALL CAPS, repeated !/?, intensifiers ("so", "really", "absolutely" before
 * an adjective, adverb or verb, by wink-nlp's POS) and emoji or emoticons.
 */
import { type CueHit, hit } from './cue.ts';
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

export function detectEmphasis(analysis: TextAnalysis): CueHit[] {
  const hits: CueHit[] = [];
  const shouted = analysis.tokens.filter((token) => token.length >= 3 && CAPITALS.test(token) && !ACRONYMS.has(token));
  const loudest = shouted.filter((token) => token.length >= 4);
  if (shouted.length >= 2 || loudest.length >= 1) hits.push(hit('shouting', `ALL CAPS "${shouted.slice(0, 3).join(' ')}"`));

  const punctuation = REPEATED_PUNCTUATION.exec(analysis.text);
  if (punctuation) hits.push(hit('repeatedPunctuation', `"${punctuation[0]}"`));

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

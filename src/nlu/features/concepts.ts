/**
 * A hand-written concept lexicon: words and phrases a shop's customers use for the same idea
 * ("parcel", "package", "my stuff") share one concept feature, so a phrasing the training file
 * never used still lands on the features the model learned. With ~47 examples per intent the
 * model cannot learn these synonym classes itself; the lexicon is domain knowledge, not data.
 *
 * Phrases are written as lemmas or normal forms (lower case, space-separated); each word of a
 * phrase matches a token whose lemma OR normal form equals it, so "sent back" and "send back" both
 * match "send back". A word may belong to several concepts ("return" is both a return and a verb
 * used in returning things); the longest phrase at a position wins, all concepts of it are emitted.
 */
import { SHOP_CONCEPTS } from './shopConcepts.ts';

/**
 * Concept name -> phrases, the plain lexicon every model uses: ideas any customer-support
 * conversation shares. Names become features `k1:<name>` and bigrams with neighbours.
 */
export const CONCEPTS: Record<string, string[]> = {
  order: ['order', 'parcel', 'package', 'stuff', 'delivery', 'shipment', 'purchase', 'item', 'thing', 'things', 'my things', 'my stuff', 'box', 'goods', 'my buy'],
  where_is: ['where', 'where is', 'track', 'tracking', 'whereabouts', 'status', 'update', 'still waiting', 'not arrive', 'not arrived', 'not come', 'not here', 'not turned up', 'never arrive', 'never came', 'not receive', 'not received', 'eta', 'when will', 'when do', 'when does', 'when arrive', 'arrive', 'late', 'delay', 'delayed', 'lost'],
  refund: ['refund', 'money back', 'my money', 'reimburse', 'reimbursement', 'credit back', 'credited', 'repay', 'payback', 'get paid back', 'chargeback'],
  return: ['return', 'send back', 'sent back', 'send it back', 'ship back', 'take back', 'give back', 'exchange', 'swap', 'returns', 'returning', 'rma', 'return label', 'returns label'],
  cancel: ['cancel', 'cancellation', 'stop', 'call off', 'abort', 'undo', 'scrap', 'don\'t want it anymore', 'no longer want', 'not want it anymore', 'revoke', 'halt'],
  change: ['change', 'modify', 'edit', 'update', 'amend', 'switch', 'alter', 'add', 'remove', 'correct', 'fix', 'wrong address', 'different address', 'new address', 'address'],
  person: ['person', 'human', 'agent', 'someone real', 'real person', 'representative', 'rep', 'operator', 'staff', 'somebody', 'someone', 'manager', 'supervisor', 'live chat', 'customer service', 'customer support', 'support team', 'live agent', 'employee', 'talk to', 'speak to', 'speak with', 'talk with', 'transfer'],
  damaged: ['broken', 'damaged', 'damage', 'cracked', 'crack', 'torn', 'tear', 'ripped', 'rip', 'faulty', 'defective', 'smashed', 'dented', 'stain', 'stained', 'hole', 'scratched', 'ruined', 'crushed', 'missing', 'not work', 'does not work', 'doesn\'t work', 'fall apart', 'fell apart', 'falling apart'],
  wrong_item: ['wrong', 'wrong size', 'wrong colour', 'wrong color', 'wrong item', 'not what i order', 'not what i ordered', 'incorrect', 'mistake', 'different', 'mix up', 'mixed up', 'instead', 'not mine'],
  price: ['price', 'cost', 'how much', 'expensive', 'cheap', 'cheaper', 'pricey', 'afford', 'affordable', 'charge', 'fee', 'dollar', 'pound', 'euro', 'bucks', '__money__', 'budget', 'under', 'sale'],
  stock: ['stock', 'in stock', 'available', 'availability', 'sold out', 'sell out', 'out of stock', 'back in', 'restock', 'restocked', 'left', 'any left', 'have any', 'carry', 'unavailable', 'inventory'],
  recommend: ['recommend', 'recommendation', 'suggest', 'suggestion', 'idea', 'ideas', 'gift', 'present', 'advice', 'advise', 'help me choose', 'help me pick', 'what should i', 'best', 'popular', 'bestseller', 'trending', 'birthday', 'anniversary', 'christmas', 'for my', 'for a'],
  similar: ['similar', 'like this', 'alternative', 'alternatives', 'instead of', 'something like', 'same as', 'comparable', 'substitute', 'dupe', 'equivalent', 'other option', 'other options', 'something else like', 'look like', 'resemble', 'same style'],
  match: ['match', 'go with', 'goes with', 'pair with', 'pair', 'wear with', 'combine', 'coordinate', 'complement', 'outfit', 'style with', 'look good with', 'team with', 'to go with'],
  account: ['password', 'login', 'log in', 'sign in', 'signin', 'account', 'profile', 'username', 'locked out', 'log on', 'register', 'sign up', 'email address', 'reset', 'verification', 'two factor', '2fa'],
  coupon: ['coupon', 'promo', 'promo code', 'discount', 'voucher', 'code', 'promotion', 'offer', 'deal', 'deals', 'percent off', 'off', 'gift card', 'student discount', 'sale', 'newsletter'],
  contact: ['hours', 'open', 'opening', 'close', 'closing', 'phone', 'call', 'contact', 'number', 'email', 'reach', 'reach you', 'get in touch', 'weekend', 'sunday', 'saturday', 'store', 'shop', 'address', 'location', 'office'],
  pay: ['pay', 'payment', 'paypal', 'klarna', 'card', 'credit card', 'debit card', 'apple pay', 'google pay', 'visa', 'mastercard', 'amex', 'installment', 'instalment', 'instalments', 'afterpay', 'cash', 'bank transfer', 'checkout', 'gift card'],
  ship: ['ship', 'shipping', 'deliver', 'delivery', 'postage', 'post', 'express', 'courier', 'next day', 'international', 'overseas', 'abroad', 'dispatch', 'free shipping', 'how long', 'standard delivery', 'carrier', 'country'],
  history: ['history', 'past', 'previous', 'before', 'last time', 'earlier', 'bought', 'buy', 'ordered', 'all my', 'list', 'receipts', 'receipt', 'invoice', 'last'],
  search: ['looking for', 'look for', 'do you have', 'do you sell', 'do you carry', 'want to buy', 'need a', 'show me', 'find', 'search', 'shop for', 'browse', 'i want a', 'any'],
  greet: ['hi', 'hello', 'hey', 'hiya', 'howdy', 'good morning', 'good afternoon', 'good evening', 'yo', 'greetings', 'heya', 'sup', 'morning', 'hallo', 'hola'],
  thanks: ['thanks', 'thank', 'thank you', 'thx', 'ty', 'cheers', 'appreciate', 'appreciated', 'grateful', 'much obliged', 'helpful', 'great help', 'lifesaver', 'star'],
  bye: ['bye', 'goodbye', 'good bye', 'see you', 'see ya', 'later', 'cya', 'farewell', 'that is all', 'that\'s all', 'have a good', 'have a nice', 'take care', 'good night', 'gotta go', 'signing off', 'talk later', 'ttyl'],
  yes: ['yes', 'yeah', 'yep', 'yup', 'sure', 'ok', 'okay', 'correct', 'right', 'exactly', 'absolutely', 'definitely', 'of course', 'please do', 'go ahead', 'sounds good', 'perfect', 'affirmative', 'indeed', 'that is right', 'that\'s right', 'confirm', 'do it', 'y', 'ya', 'yes please', 'alright', 'fine'],
  no: ['no', 'nope', 'nah', 'not', 'never', 'no thanks', 'no thank you', 'negative', 'wrong', 'incorrect', 'not really', 'don\'t', 'do not', 'cancel that', 'not that', 'n', 'none', 'neither', 'rather not'],
  angry: ['terrible', 'awful', 'horrible', 'useless', 'ridiculous', 'unacceptable', 'disappointed', 'disappointing', 'unhappy', 'angry', 'furious', 'annoyed', 'annoying', 'frustrated', 'frustrating', 'worst', 'pathetic', 'disgrace', 'disgusting', 'joke', 'scam', 'rubbish', 'complain', 'complaint', 'fed up', 'sick of', 'bad service', 'poor service', 'rude', 'hate', 'incompetent', 'shocking', 'appalling', 'outrageous', 'unbelievable', 'waste', 'never again', 'not happy', 'so bad', 'really bad'],
  help: ['help', 'assist', 'assistance', 'support', 'what can you do', 'how does this work', 'how do this work', 'options', 'menu', 'features', 'capable', 'can you do', 'stuck', 'confused', 'guide', 'instructions', 'how to use'],
  bot: ['you', 'your', 'bot', 'robot', 'ai', 'chatbot', 'machine', 'are you', 'who are you', 'your name', 'how are you', 'joke', 'weather', 'age', 'old are you', 'favourite', 'favorite', 'feel', 'day'],
  policy: ['policy', 'rule', 'rules', 'allow', 'allowed', 'can i', 'how long do i have', 'days', 'window', 'deadline', 'condition', 'conditions', 'eligible', 'terms', 'free', 'worn', 'tag', 'tags', 'sale item'],
  clothing: ['shirt', 't-shirt', 'tshirt', 'tee', 'top', 'blouse', 'sweater', 'jumper', 'hoodie', 'cardigan', 'jacket', 'coat', 'blazer', 'dress', 'skirt', 'jeans', 'trousers', 'pants', 'shorts', 'leggings', 'shoe', 'shoes', 'boot', 'boots', 'sneaker', 'sneakers', 'trainer', 'trainers', 'sandal', 'sandals', 'heel', 'heels', 'bag', 'handbag', 'backpack', 'belt', 'scarf', 'hat', 'cap', 'sock', 'socks', 'watch', 'necklace', 'earring', 'earrings', 'jewellery', 'jewelry', 'suit', 'tie', 'gloves', 'glove', 'loafer', 'loafers', 'chino', 'chinos', 'parka', 'vest', 'polo'],
};

/** Question and function words kept as themselves in concept bigrams: "where" + order differs from "how much" + order. */
const KEPT_WORDS = new Set(['where', 'when', 'how', 'what', 'why', 'who', 'which', 'can', 'do', 'does', 'is', 'not', 'no', 'my', 'i', 'want', 'need', '?']);

interface CompiledPhrase {
  words: string[];
  concepts: string[];
}

/** Which lexicon a model reads with: the plain one, or the plain one plus the shop's words (shopConcepts.ts). */
export type ConceptLexicon = 'plain' | 'shop';

/** Phrases grouped by first word, longest first, built once per lexicon. */
const PHRASES_BY_FIRST_WORD: Record<ConceptLexicon, Map<string, CompiledPhrase[]>> = {
  plain: compile([CONCEPTS]),
  shop: compile([CONCEPTS, SHOP_CONCEPTS]),
};

function compile(lexicons: Record<string, string[]>[]): Map<string, CompiledPhrase[]> {
  const byPhrase = new Map<string, Set<string>>();
  for (const [concept, phrases] of lexicons.flatMap((lexicon) => Object.entries(lexicon))) {
    for (const phrase of phrases) {
      const key = phrase.toLowerCase().trim().replace(/\s+/g, ' ');
      if (!byPhrase.has(key)) byPhrase.set(key, new Set());
      byPhrase.get(key)?.add(concept);
    }
  }
  const byFirst = new Map<string, CompiledPhrase[]>();
  for (const [phrase, names] of byPhrase) {
    const words = phrase.split(' ');
    const list = byFirst.get(words[0]) ?? [];
    list.push({ words, concepts: [...names].sort() });
    byFirst.set(words[0], list);
  }
  for (const list of byFirst.values()) list.sort((a, b) => b.words.length - a.words.length);
  return byFirst;
}

/** One position of a message as the concept matcher sees it: its lemma and its normal form. */
export interface ConceptToken {
  lemma: string;
  normal: string;
}

/**
 * The message as a sequence of slots: a matched phrase becomes one slot holding its concepts, a
 * kept function word stays itself, anything else becomes an empty slot (a gap in the sequence).
 */
export function conceptSlots(tokens: ConceptToken[], lexicon: ConceptLexicon = 'plain'): string[][] {
  const phrases = PHRASES_BY_FIRST_WORD[lexicon];
  const slots: string[][] = [];
  const squeezed = tokens.map((t) => squeeze(t.normal));
  const matches = (k: number, word: string) => tokens[k].lemma === word || tokens[k].normal === word || squeezed[k] === word;
  let i = 0;
  while (i < tokens.length) {
    const token = tokens[i];
    // Usually the three forms are one word, whose list is already longest first.
    const candidates =
      token.lemma === token.normal && token.normal === squeezed[i] ? (phrases.get(token.lemma) ?? NO_PHRASES) : phrasesOfForms(phrases, token.lemma, token.normal, squeezed[i]);
    const found = candidates.find((p) => p.words.every((w, k) => i + k < tokens.length && matches(i + k, w)));
    if (found) {
      slots.push(found.concepts);
      i += found.words.length;
      continue;
    }
    slots.push(KEPT_WORDS.has(token.lemma) ? [`=${token.lemma}`] : KEPT_WORDS.has(token.normal) ? [`=${token.normal}`] : []);
    i += 1;
  }
  return slots;
}

const NO_PHRASES: CompiledPhrase[] = [];

/** The phrases starting with any of the forms, longest first (in form order among equal lengths). */
function phrasesOfForms(phrases: Map<string, CompiledPhrase[]>, ...forms: string[]): CompiledPhrase[] {
  const candidates = [...new Set(forms)].flatMap((form) => phrases.get(form) ?? []);
  return candidates.sort((a, b) => b.words.length - a.words.length);
}

/** Drawn-out spellings reduced to single letters ("byee", "yesss", "noo", "hiii" -> "bye", "yes", "no", "hi"). */
function squeeze(word: string): string {
  return word.replace(/([a-z])\1+/g, '$1');
}

/**
 * Concept features: each concept present (`k1:order`), and each pair of neighbouring slots where
 * at least one is a concept (`k2:where_is order`, `k2:=how price`), so order and question matter.
 * Added to `features` when given (featurize fills one map with every group).
 */
export function conceptFeatures(tokens: ConceptToken[], lexicon: ConceptLexicon = 'plain', features = new Map<string, number>()): Map<string, number> {
  const slots = conceptSlots(tokens, lexicon);
  for (const slot of slots) for (const name of slot) if (!name.startsWith('=')) features.set(`k1:${name}`, 1);
  for (let i = 0; i + 1 < slots.length; i += 1) {
    for (const a of slots[i]) {
      for (const b of slots[i + 1]) {
        if (a.startsWith('=') && b.startsWith('=')) continue;
        features.set(`k2:${a} ${b}`, 1);
      }
    }
  }
  return features;
}

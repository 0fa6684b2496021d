/**
 * Where the intent and the message's tone disagree, the tone decides between two intents that differ
 * only by it. Found by chatting: "I love this shop" was read as a complaint (a hand-off to staff and
 * a high flag), and "oh great, another late order, thanks a lot" as thanks ("You're welcome!").
 * Praise of the shop is `thanks` by the data's labelling rule; thanks said in a negative message is
 * sarcasm, a complaint.
 */
import type { Recognition } from '../../nlu/types.ts';
import type { SentimentResult } from '../../sentiment/types.ts';

/** How positive a "complaint" must sound to be praise: clearly, not "fine I guess". */
const PRAISE_SCORE = 0.5;

export function reconcileWithTone(recognition: Recognition, sentiment: SentimentResult | undefined): Recognition {
  if (!sentiment) return recognition;
  if (recognition.intent === 'complaint' && sentiment.label === 'positive' && sentiment.score >= PRAISE_SCORE) {
    return { ...recognition, intent: 'thanks' };
  }
  if (recognition.intent === 'thanks' && sentiment.label === 'negative') return { ...recognition, intent: 'complaint' };
  return recognition;
}

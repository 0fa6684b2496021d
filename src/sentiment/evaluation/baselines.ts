/**
 * The two lexicons alone, as published figures use them: the sign of the score gives the label
 * (0 is neutral). Shown beside our scorer by `eval sentiment --baselines` so the gain is visible.
 */
import { scorePlainAfinn, scoreWink } from '../lexicon/lexiconScorers.ts';
import type { SentimentLabel, SentimentResult, SentimentScorer } from '../types.ts';

function bySign(score: number): SentimentLabel {
  return score < 0 ? 'negative' : score > 0 ? 'positive' : 'neutral';
}

/** `sentiment` (AFINN-165) alone, without our customer-service words. */
export const afinnBaseline: SentimentScorer = {
  score(text: string): SentimentResult {
    const { score, comparative } = scorePlainAfinn(text);
    return { score: Math.max(-1, Math.min(1, comparative / 5)), label: bySign(score), confidence: 1, reasons: [] };
  },
};

/** wink-nlp's `its.sentiment` alone. */
export const winkBaseline: SentimentScorer = {
  score(text: string): SentimentResult {
    const score = scoreWink(text);
    return { score, label: bySign(score), confidence: 1, reasons: [] };
  },
};

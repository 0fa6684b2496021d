/**
 * Temperature scaling (Guo et al. 2017): one number T divides the logits so that the confidences on
 * held-out messages match how often the model is right. It never changes which intent wins.
 */
import { softmax } from './softmax.ts';

export interface ScoredExample {
  logits: Float64Array;
  target: number;
}

const MIN_LOG_T = Math.log(0.05);
const MAX_LOG_T = Math.log(20);

/** The temperature with the lowest negative log-likelihood on the examples (1 when there are none). */
export function fitTemperature(examples: ScoredExample[]): number {
  if (examples.length === 0) return 1;
  const nll = (logT: number) => meanNegativeLogLikelihood(examples, Math.exp(logT));
  // The NLL is unimodal in log T for a fixed model: golden-section search is enough.
  let a = MIN_LOG_T;
  let b = MAX_LOG_T;
  const ratio = (Math.sqrt(5) - 1) / 2;
  let c = b - ratio * (b - a);
  let d = a + ratio * (b - a);
  let fc = nll(c);
  let fd = nll(d);
  for (let i = 0; i < 40; i += 1) {
    if (fc < fd) {
      b = d;
      d = c;
      fd = fc;
      c = b - ratio * (b - a);
      fc = nll(c);
    } else {
      a = c;
      c = d;
      fc = fd;
      d = a + ratio * (b - a);
      fd = nll(d);
    }
  }
  return Math.exp((a + b) / 2);
}

export function meanNegativeLogLikelihood(examples: ScoredExample[], temperature: number): number {
  let sum = 0;
  const probabilities = new Float64Array(examples[0]?.logits.length ?? 0);
  for (const { logits, target } of examples) {
    softmax(logits, temperature, probabilities);
    sum -= Math.log(Math.max(probabilities[target], 1e-12));
  }
  return sum / examples.length;
}

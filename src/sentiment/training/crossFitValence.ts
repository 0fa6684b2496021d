/**
 * Out-of-fold word valence. When the softmax layer learns from the same rated sentences the
 * word-valence table was fitted on, the table's prediction looks better there than it will on new
 * text, and the softmax would trust it too much. So each sentence gets its valence from a table
 * fitted without the sentence's fold (k-fold cross-fitting); the shipped table uses them all.
 */
import { trainWordValence, type RatedSentence } from './trainWordValence.ts';
import type { PriorKind } from '../words/priorLexicon.ts';
import type { WordValence } from '../words/wordValence.ts';

export function crossFittedTables(
  sentences: RatedSentence[],
  l2: number,
  folds = 5,
  onProgress?: (m: string) => void,
  prior?: PriorKind,
): WordValence[] {
  const tables: WordValence[] = [];
  for (let fold = 0; fold < folds; fold++) {
    const rest = sentences.filter((_, i) => i % folds !== fold);
    tables.push(trainWordValence(rest, { source: `fold ${fold + 1} of ${folds}`, l2Candidates: [l2], prior }));
    onProgress?.(`word valence: fold ${fold + 1} of ${folds} fitted`);
  }
  return sentences.map((_, i) => tables[i % folds]);
}

/**
 * The recognizer the bot calls once per message: one wink-nlp reading feeds both the intent
 * classifier and the entity extractors (the catalog's product and category names also reach the
 * classifier as placeholders when the model was trained with them). The intent is `none` when the best confidence, discounted for
 * words the model never saw (model/vocabularyCoverage.ts) and words the best intent's examples never used (model/intentCoverage.ts),
 * is under the model's out-of-scope threshold, or when the out-of-scope class the model learned from out-of-scope training
 * rows is likelier than every intent; `ambiguous` when the top two intents are closer than its margin.
 */
import { compileCatalogTerms, extractEntities } from './entities/extractEntities.ts';
import { scoreMessage, type IntentModel } from './model/intentModel.ts';
import { readMessage } from './text/readMessage.ts';
import { markCatalogNames } from './features/catalogMentions.ts';
import { matchProducts } from './entities/products.ts';
import { NO_INTENT, type CatalogVocabulary, type Recognition, type Recognizer } from './types.ts';

export interface RecognizerOptions {
  /** The clock dates are resolved against ("yesterday"); injectable for tests. */
  now?: () => Date;
  /** Override the model's out-of-scope threshold. */
  threshold?: number;
  /** Override the model's ambiguity margin. */
  ambiguityMargin?: number;
}

const RANKING_SIZE = 5;

export function createRecognizer(model: IntentModel, vocabulary: CatalogVocabulary, options: RecognizerOptions = {}): Recognizer {
  const terms = compileCatalogTerms(vocabulary);
  const now = options.now ?? (() => new Date());
  const threshold = options.threshold ?? model.threshold;
  const margin = options.ambiguityMargin ?? model.ambiguityMargin;
  return {
    recognize(text: string): Recognition {
      const reading = readMessage(text);
      // Products are matched once, for the features and for the entities.
      const productMatches = matchProducts(reading, terms.products);
      if (model.featureConfig.catalogNames) reading.catalogMarks = markCatalogNames(reading, terms, productMatches);
      const scores = scoreMessage(model, reading, RANKING_SIZE);
      const ranking = scores.ranking;
      const [best, second] = ranking;
      const inScope = !scores.outOfScopeWins && scores.inScopeScore >= threshold;
      return {
        text,
        intent: inScope ? best.intent : NO_INTENT,
        confidence: best.confidence,
        ranking,
        ambiguous: inScope && second !== undefined && best.confidence - second.confidence < margin,
        entities: extractEntities(reading, terms, now(), productMatches),
      };
    },
  };
}

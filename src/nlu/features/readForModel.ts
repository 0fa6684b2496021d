/** A message read as a model reads it: wink-nlp's reading, plus the catalog names marked when the model uses them. */
import { readMessage, type MessageReading } from '../text/readMessage.ts';
import type { FeatureConfig } from './featureConfig.ts';
import { markCatalogNames, type CatalogNames } from './catalogMentions.ts';

export function readForModel(text: string, config: Pick<FeatureConfig, 'catalogNames'>, names: CatalogNames): MessageReading {
  const reading = readMessage(text);
  if (config.catalogNames) reading.catalogMarks = markCatalogNames(reading, names);
  return reading;
}

import { describe, expect, it } from 'vitest';
import path from 'node:path';
import { readLabelledFile } from '../../src/sentiment/evaluation/readLabelled.ts';
import { winkNlp } from '../../src/sentiment/lexicon/lexiconScorers.ts';
import { analyzeText } from '../../src/sentiment/cues/textAnalysis.ts';
import { detectWaiting, mayNeedEntities, mentionsDateWord } from '../../src/sentiment/cues/waitingTime.ts';
import { SENTIMENT_DATA_DIR } from '../../src/sentiment/model/files.ts';

/** The entities detectWaiting reads when it has no written duration: any DATE, and "since ..." durations. */
function entitiesThatMatter(text: string): string[] {
  const nlp = winkNlp();
  const entities = nlp.readDoc(text).entities().out(nlp.its.detail) as unknown as { value: string; type: string }[];
  return entities.filter((e) => e.type === 'DATE' || (e.type === 'DURATION' && /^since\b/i.test(e.value))).map((e) => e.value);
}

/** One probe per kind of date wink-nlp knows, and look-alikes that must not wake the recognizer. */
const PROBES = [
  'waiting since Monday', 'still nothing since mon', 'ordered on the 2nd, still nothing', 'waiting since 12/03',
  'paid in March, still waiting', 'still waiting since mid-march', 'waiting since last night', 'still nothing since this morning',
  'waiting since noon', 'waiting since midday', 'waiting since the beginning of the month', 'still waiting since Black Friday',
  'ordered for Christmas and still nothing', 'still waiting since yesterday', 'waiting since the summer', 'sent it back last week, still waiting',
  'still waiting since the weekend', 'waiting since the other day', 'promised by Sunday', 'ordered in the fall, still nothing',
  'ordered two days ago, still nothing', 'still waiting since forever', 'still waiting for my money', 'still not satisfied, waiting',
  'waiting and the order is still missing', 'I ordered a sundress, still waiting', 'still nothing, is it lost?',
];

describe('waiting: the entity recognizer runs only for a date next to a waiting word', () => {
  it.each(PROBES)('%s', (text) => {
    const lower = text.toLowerCase();
    // Exact: whenever wink-nlp finds an entity detectWaiting reads, the cheap check lets it run.
    if (entitiesThatMatter(text).length) expect(mentionsDateWord(lower)).toBe(true);
  });

  it('holds on every message of our own training and validation data', () => {
    const texts = ['train.csv', 'validation.csv'].flatMap((f) => readLabelledFile(path.join(SENTIMENT_DATA_DIR, f), 'csv').map((m) => m.text));
    const missed = texts.filter((t) => entitiesThatMatter(t).length > 0 && !mentionsDateWord(t.toLowerCase()));
    expect(missed).toEqual([]);
  });

  it.each([
    ['still waiting for my money', false],
    ['still not satisfied, I waited', false],
    ['I ordered a sundress, still waiting', false],
    ["I've been waiting since last Monday for a reply", true],
    ['Monday: ordered, still nothing', true],
    ['ordered on the 2nd, still nothing', true],
    // A date far from the waiting word is no dated wait.
    ['In 1990 my dad bought one and it is still going strong', false],
    ['Bought my first one in 2015 and the new one is still in its box', false],
  ] as const)('"%s" needs the recognizer: %s', (text, expected) => {
    expect(mayNeedEntities(text.toLowerCase())).toBe(expected);
  });

  it('still reads a dated wait', () => {
    expect(detectWaiting(analyzeText("I've been waiting since last Monday for a reply"))?.reason).toMatch(/^waiting since/);
  });
});

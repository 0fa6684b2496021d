/**
 * What the sentiment layer promises the rest of the bot. Plain TypeScript: no botbuilder here.
 */

export type SentimentLabel = 'negative' | 'neutral' | 'positive';

export interface SentimentResult {
  /** -1 (very negative) .. 1 (very positive). */
  score: number;
  label: SentimentLabel;
  /** 0..1: how sure the scorer is of the label. */
  confidence: number;
  /** The cues that fired, in words staff can read ("waiting time: 2 hours", "threat to leave"). */
  reasons: string[];
}

export interface SentimentScorer {
  score(text: string): SentimentResult;
}

/** One scored customer message, as the mood and flag rules see it. */
export interface ScoredMessage {
  id: string;
  timestamp: string;
  score: number;
  label: SentimentLabel;
  reasons: string[];
  /** The recognized intent, when known (complaint and human_agent count for flags). */
  intent?: string;
}

export interface ConversationMood {
  messages: number;
  /** Mean score over all customer messages. */
  average: number;
  /** Exponential moving average (recent messages weigh more). */
  movingAverage: number;
  /** Slope of the recent scores: negative means the conversation is getting worse. */
  trend: number;
  worst?: { messageId: string; score: number };
  /** True when the bot should change its behaviour: no upsell, apologize, offer a person. */
  negative: boolean;
}

export type FlagSeverity = 'low' | 'medium' | 'high';

/** What the flag rules decide about a conversation after its latest message. */
export interface FlagDecision {
  severity: FlagSeverity;
  /** Readable reasons ("one strongly negative message", "asked for a person"). */
  reasons: string[];
  /** Ids of the messages that caused the flag. */
  messageIds: string[];
}

/** How describeMood summarises a conversation. */
export interface MoodOptions {
  /** Weight of the newest message in the moving average (0..1). */
  emaAlpha: number;
  /** How many recent messages the trend looks at. */
  trendWindow: number;
  /** The mood is negative when the moving average falls to this... */
  negativeMovingAverage: number;
  /** ...or the scores fall by at least this much per message while the latest one is below zero. */
  fallingTrend: number;
}

/** When decideFlag raises a flag for staff, and how severe. */
export interface FlagPolicy {
  /** One message scoring at or below this is "strongly negative" (high). */
  strongNegativeScore: number;
  /** Negative messages scoring at or below this count as mildly negative... */
  mildNegativeScore: number;
  /** ...and this many of them raise a medium flag. */
  mildNegativeCount: number;
  /** A slope at or below this over trendWindow messages, ending below zero, is a falling trend (medium). */
  fallingTrend: number;
  trendWindow: number;
  /** Intents that are complaints (medium). */
  complaintIntents: string[];
  /** Intents that ask for a person: low alone, medium with any negative message. */
  humanAgentIntents: string[];
  /** Severity of profanity and threats in a message. */
  escalationSeverity: FlagSeverity;
}

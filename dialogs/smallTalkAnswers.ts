/**
 * Answers to the small talk customers actually make ("tell me a joke", "how are you", "are you a
 * robot"), one short line each and then back to the shop. Found by chatting: every such message got
 * the bot's introduction, which reads as not listening. Anything not here still gets the introduction.
 */

export interface SmallTalkAnswer {
  text: string;
  /** Offer a person first: the customer asked whether one is there. */
  offerPerson?: boolean;
  /** Follow with what the bot can do: the customer asked who it is. */
  introduce?: boolean;
}

/** Shop jokes, taken in turn so a second "another one" is not the same joke. */
const JOKES = [
  'Why did the sock go to the help desk? It had lost its other half. (I can help you find a pair, though.)',
  "I'd tell you a joke about delivery times, but it might not arrive on time. Ours usually do!",
  'Why was the shopping basket so calm? It had everything in hand.',
];

interface Topic {
  pattern: RegExp;
  answer: (shop: string, turn: number) => SmallTalkAnswer;
}

const ASKS_IF_PERSON =
  /\b(are|r) (you|u) (a |an )?(real |actual )?(bot|robot|human|person|machine|ai|computer|real)\b|\bam i (talking|chatting|speaking) (to|with) (a )?(bot|robot|human|person|real)/i;
const WANTS_PERSON = /\b(want|need|let me|can i|could i|get me|put me|connect|transfer|talk to|speak to|speak with|talk with)\b/i;

/**
 * "am I talking to a real person?" asks what the bot is; the classifier reads a request for a person
 * in it (found by chatting: it called a colleague). "are you human? I want to talk to a person" asks for one.
 */
export function asksWhetherPerson(text: string): boolean {
  return ASKS_IF_PERSON.test(text) && !WANTS_PERSON.test(text.replace(ASKS_IF_PERSON, ' '));
}

const TOPICS: Topic[] = [
  {
    pattern: /\b(jokes?|funny|make me (laugh|smile)|another one)\b/i,
    answer: (_shop, turn) => ({ text: JOKES[turn % JOKES.length] }),
  },
  {
    pattern: ASKS_IF_PERSON,
    answer: () => ({
      text: "I'm a virtual assistant, a bot, not a person. I can do most things right here, and if you'd rather talk to someone from our team, just say so.",
      offerPerson: true,
    }),
  },
  {
    pattern: /\b(how are (you|u|ya)|how('?s| is) it going|how('?re| are) (you|u) (doing|today)|how'?s your day|you (ok|okay|alright|good)\b)/i,
    answer: () => ({ text: "I'm doing well, thanks for asking! What can I do for you today?" }),
  },
  {
    pattern: /\b(who (made|built|created|programmed|wrote) (you|u)|who('?s| is) your (maker|creator|boss))\b/i,
    answer: (shop) => ({ text: `I'm ${shop}'s own assistant, set up by the team who run the shop. What can I help you with?` }),
  },
  {
    pattern: /\b(what('?s| is) your name|who are (you|u)|what are (you|u)\b)/i,
    answer: (shop) => ({ text: `I'm ${shop}'s virtual assistant.`, introduce: true }),
  },
  {
    pattern: /\b(do you (like|love|enjoy) (your|this) (job|work)|are you happy|do you (ever )?(sleep|get tired|eat))\b/i,
    answer: () => ({ text: "I never get tired of helping people find what they need, day or night. What are you looking for today?" }),
  },
  {
    pattern: /\b(i love you|marry me|will you (go out|date)|are you single|you('?re| are) (cute|pretty|sweet|lovely))\b/i,
    answer: () => ({ text: "That's kind of you! I'm only a shop assistant, but I'm happy to help you find something you'll love." }),
  },
];

/** The answer for a small-talk message, or undefined for the bot's introduction. `turn` picks among jokes. */
export function smallTalkAnswer(text: string, shop: string, turn = 0): SmallTalkAnswer | undefined {
  return TOPICS.find((topic) => topic.pattern.test(text))?.answer(shop, turn);
}

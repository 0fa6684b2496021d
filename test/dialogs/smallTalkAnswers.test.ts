import { describe, expect, it } from 'vitest';
import { asksWhetherPerson, smallTalkAnswer } from '../../dialogs/smallTalkAnswers.ts';

describe('smallTalkAnswer', () => {
  const cases: [string, RegExp | undefined][] = [
    ['tell me a joke', /sock/],
    ['say something funny', /sock/],
    ['how are you?', /doing well/],
    ["how's it going", /doing well/],
    ['are you a real person', /a bot, not a person/],
    ['am I talking to a human?', /a bot, not a person/],
    ['r u a bot', /a bot, not a person/],
    ['who made you', /set up by the team/],
    ["what's your name", /Demo's virtual assistant/],
    ['do you like your job', /never get tired/],
    ['i love you', /kind of you/],
    // Not small talk the table knows: the bot introduces itself instead.
    ['what is the meaning of life', undefined],
    ['do you sell jumpers', undefined],
  ];
  it.each(cases)('%s', (text, answer) => {
    const got = smallTalkAnswer(text, 'Demo', 0)?.text;
    if (answer) expect(got).toMatch(answer);
    else expect(got).toBeUndefined();
  });

  it('takes jokes in turn and offers a person only when asked whether one is there', () => {
    expect(smallTalkAnswer('another joke', 'Demo', 1)?.text).not.toBe(smallTalkAnswer('another joke', 'Demo', 0)?.text);
    expect(smallTalkAnswer('are you human', 'Demo')?.offerPerson).toBe(true);
    expect(smallTalkAnswer('how are you', 'Demo')?.offerPerson).toBeUndefined();
  });
});

describe('asksWhetherPerson', () => {
  it.each([
    ['am I talking to a real person?', true],
    ['are you a bot', true],
    ['are you human? I want to talk to a person', false],
    ['r u a robot, can i speak to someone', false],
    ['I want a person', false],
  ] as const)('%s -> %s', (text, asks) => expect(asksWhetherPerson(text)).toBe(asks));
});

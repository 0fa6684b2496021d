/**
 * wink-nlp's negation flags, corrected where a negation word praises: "never thought I'd love it",
 * "never had a better kettle", "no one makes mugs this pretty", "you never fail to make my day", "I
 * can't get over how soft it is", "still can't believe we won". wink
 * marks the words after "never" or "no one" as negated, so the negation cue read them as denied
 * ("not love", "not pretty") and the word-valence terms as "not_love", "not_pretty". Run once on each
 * message's flags, before any cue or term reads them.
 */

/** "never thought I'd love ...", "never expected it to be this good": surprise, not denial. */
const SURPRISE = new Set(['thought', 'think', 'expected', 'expect', 'imagined', 'imagine', 'dreamed', 'dreamt', 'knew', 'realised', 'realized']);
/** "never had a better kettle", "never looked nicer": a comparison nothing else beats. */
const COMPARATIVE = /^(better|best|worse|worst|more|most|nicer|nicest|happier|happiest|finer|finest|easier|easiest|faster|fastest|softer|softest|comfier|comfiest|cheaper|cheapest|prettier|prettiest|tastier|tastiest|quicker|quickest|friendlier|friendliest|smoother|smoothest|warmer|cosier|lovelier)$/;
/**
 * "No one makes mugs this pretty", "nobody does it like you", "no one could stop talking about my
 * dress": with "no one" the comparison says the thing is the best (or worst) there is, so the words
 * keep their own sign. "No one was helpful" and "no one is happy with this" stay negated.
 */
const COMPARING = new Set(['like', 'stop', 'beats', 'beat', 'compares', 'compare', 'matches', 'match', 'tops', 'rivals']);
const DEGREE = new Set(['this', 'that', 'so', 'as']);
const DESCRIBING = new Set(['ADJ', 'ADV']);
const CAN = new Set(['can', 'ca', 'could']);
/** "never fail(s) to ...", "it never fails": a double negation. */
const FAIL = new Set(['fail', 'fails', 'failed']);

/** "No, it's fine", "nope that's everything": an answer word, then a clause with its own subject. */
const ANSWER_WORDS = new Set(['no', 'nope', 'nah']);
const SUBJECTS = new Set(['it', 'that', 'this', 'i', 'we', 'you', 'everything', 'all', 'thats', 'its']);
const NEGATORS = new Set(['not', 'no', 'never', 'nothing', 'nobody', 'none']);

/**
 * A message that opens by answering "no" to the bot ("no it's fine", "no, that's all thanks") does
 * not deny the clause after it: wink's scope runs on from the "no", so "fine" read as "not fine".
 * The clause's own negations ("no, it's not working") keep theirs.
 */
function correctAnswerNo(normals: readonly string[], negated: boolean[]): void {
  if (!ANSWER_WORDS.has(normals[0])) return;
  let i = 1;
  if (normals[i] === ',' || normals[i] === '.' || normals[i] === '-') i++;
  if (!SUBJECTS.has(normals[i])) return;
  for (; i < normals.length && negated[i] && !NEGATORS.has(normals[i]); i++) negated[i] = false;
}

/** Corrects `negated` in place; `normals` and `pos` are wink's, token for token. */
export function correctPraiseNegation(normals: readonly string[], pos: readonly string[], negated: boolean[]): void {
  correctAnswerNo(normals, negated);
  for (let start = 0; start < normals.length; start++) {
    if (FAIL.has(normals[start]) && normals[start - 1] === 'never') {
      // "never fail to make my day": "fail" is what is negated; what follows it is affirmed.
      negated[start] = true;
      let i = start + 1;
      if (normals[i] === 'to' && !negated[i]) i++; // wink opens the scope after "to"
      for (; i < normals.length && negated[i]; i++) negated[i] = false;
      start = i - 1;
      continue;
    }
    if (!negated[start] || negated[start - 1]) continue;
    let end = start;
    while (end + 1 < normals.length && negated[end + 1]) end++;
    if (praises(normals, pos, start, end)) for (let i = start; i <= end; i++) negated[i] = false;
    start = end;
  }
}

/** Whether the negation scope normals[start..end] praises rather than denies. */
function praises(normals: readonly string[], pos: readonly string[], start: number, end: number): boolean {
  const opener = normals[start - 1];
  if (opener === 'not' && CAN.has(normals[start - 2])) {
    // "can't get over how soft it is", "couldn't stop smiling", "can't believe we won": the words after
    // it keep their sign ("can't stop crying", "can't get over how rude they were", "can't believe how
    // rude they were" stay negative).
    const next = normals[start + 1] ?? '';
    return (normals[start] === 'get' && next === 'over') || (normals[start] === 'stop' && next.endsWith('ing')) || normals[start] === 'believe';
  }
  if (opener === 'never') {
    if (SURPRISE.has(normals[start])) return true;
    for (let i = start; i <= end; i++) if (COMPARATIVE.test(normals[i])) return true;
    return false;
  }
  const noOne = normals[start] === 'one' && (opener === 'no' || (opener === '-' && normals[start - 2] === 'no'));
  if (!noOne) return false;
  for (let i = start + 1; i <= end; i++) {
    const word = normals[i];
    if (COMPARATIVE.test(word) || COMPARING.has(word)) return true;
    if (DEGREE.has(word) && i < end && DESCRIBING.has(pos[i + 1])) return true;
  }
  return false;
}

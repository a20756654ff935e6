import { set } from "./wordSet";

// Questions, hedges and wishes: an action not yet decided.

/** Words that hedge an action into a possibility: "maybe use …", "we could have …". */
export const HEDGE_WORDS = set(
  `maybe | perhaps | possibly | probably | potentially | could | might | hopefully`,
);

/** Wishes that open an item: "It would be nice if …", "I wish we had …", "Ideally …", "Nice to have: …". */
export const WISH_OPENER =
  /^(?:it\s+)?would\s+be\s+(?:nice|good|great|useful|helpful|ideal|cool)\b|^(?:i|we)\s+wish\b|^ideally\b|^nice[- ]to[- ]have\b/;

/** Auxiliaries that open a question with no question mark: "Is the old fallback still needed". */
export const QUESTION_AUXILIARIES = set(`is | are | does | can`);

/** Words after such an auxiliary in a question: its subject. */
export const QUESTION_SUBJECTS = set(
  `the | we | this | it | there | our | that | these | those | a | an | anyone`,
);

/** Tags before the action that leave it undecided: "TBD: retention policy …", "Idea: add …", "Maybe - …". */
export const UNDECIDED_TAG = new RegExp(
  String.raw`^[\s*_]*(${[...HEDGE_WORDS, "tbd", "tbc", "to be decided", "idea", "question", "open question"].join("|")})[\s*_]*(?::|\s[-–—])`,
  "i",
);

/** Question words that, opening an item, ask rather than commit ("How we would fail over …", "how to …"). */
export const QUESTION_WORDS = set(`how | why | what | whether | which | where | who`);

/** Words that follow a question word in a question, not in a title ("how to", "how we can", "what would"). */
export const QUESTION_FOLLOWERS = set(`
to | we | can | could | should | would | do | does | did | might | will | is | are | was | were | the | our | much | many
| long | often | else | exactly`);

/** Words that open a question: "Could we …", "Why does …". */
export const INTERROGATIVE =
  /^(?:could|can|should|would|how|why|what|do|does|did|is|are|was|were|will|shall|where|when|who|which|might|may)\b/i;

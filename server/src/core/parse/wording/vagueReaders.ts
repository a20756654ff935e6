import { type Clause, type Reader, type WordingInput } from "./clause";
import { leadAndObject } from "./leadAndObject";
import { namedByNoun } from "./nounPhrase";
import {
  amountWithoutTarget,
  scopeWithoutExtent,
  degreeWithoutMeasure,
  lessons,
  madeComparative,
  improveIdiom,
  mindset,
  wayOfWorking,
  teaching,
  unnamedAlternative,
} from "./vagueObjects";
import {
  againstRepeat,
  futurePassive,
  hedgedQuantity,
  inceptive,
  ongoing,
  qualityState,
} from "./vagueStates";

// The vague readers in precedence order, shared by the item's judgement and the reading of a title's words.

/** The first claim wins. */
export const VAGUE_READERS: Reader[] = [
  futurePassive,
  againstRepeat,
  qualityState,
  ongoing,
  inceptive,
  hedgedQuantity,
  mindset,
  wayOfWorking,
  teaching,
  improveIdiom,
  lessons,
  degreeWithoutMeasure,
  leadAndObject,
  amountWithoutTarget,
  scopeWithoutExtent,
  madeComparative,
  unnamedAlternative,
  namedByNoun,
];

export function firstClaim(
  readers: Reader[],
  clause: Clause,
  input: WordingInput,
): ReturnType<Reader> {
  for (const read of readers) {
    const claim = read(clause, input);
    if (claim !== undefined) {
      return claim;
    }
  }
  return undefined;
}

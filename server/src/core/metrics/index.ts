// The follow-through numbers (see compute.ts) and the repeated-fix clustering (repeatedFixes.ts).
export {
  computeMetrics,
  daysBetween,
  followThroughRate,
  hasReason,
  NO_OWNER,
  NO_SERVICE,
  quarterOf,
  UNDATED,
} from "./compute";
export {
  contentWords,
  findRepeatedFixes,
  fixKinds,
  sameFix,
  serviceStems,
  signature,
  similarity,
  SIMILARITY,
  specificWords,
  stem,
  type FixSignature,
} from "./repeatedFixes";
export type * from "./types";

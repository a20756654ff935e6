import type { ActionStatus } from "../../types";

export function statusFromGrammar(_text: string): ActionStatus | undefined {
  return undefined;
}

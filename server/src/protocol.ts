// Custom LSP messages between the Follow-Through client and server. Each message is declared once,
// here, with its method and type; the client imports this module and never computes what the
// server already knows. Keep this module free of server logic: the client bundles it.
import { RequestType, type Range, type TextDocumentIdentifier } from "vscode-languageserver-protocol";

export type RuleSeverity = "error" | "warning" | "info" | "hint";

export interface RuleInfo {
  id: string;
  description: string;
  defaultSeverity: RuleSeverity;
  fixable: boolean;
  docsUrl: string;
}

export interface RulesResult {
  rules: RuleInfo[];
}

/**
 * Sent from the client to the server to list the rules with their docs URLs
 * (the "Show rule docs" command).
 */
export namespace RulesRequest {
  export const method = "followThrough/rules" as const;
  export const type = new RequestType<void, RulesResult, void>(method);
}

export interface ActionsParams {
  textDocument: TextDocumentIdentifier;
}

export interface ActionSummary {
  id: string;
  text: string;
  range: Range;
  state: "open" | "done" | "deprioritized";
  owners: string[];
  deadline?: string;
  trackerRefs: string[];
  /** Rule ids reported on the item. */
  findings: string[];
}

export interface ActionsResult {
  /** The document version the result was computed from. */
  version: number;
  /** False when the document is not a post-mortem (or linting is disabled for it). */
  isPostMortem: boolean;
  actions: ActionSummary[];
}

/**
 * Sent from the client to the server to get the action items of an open document
 * (for the tree view and the status bar item).
 */
export namespace ActionsRequest {
  export const method = "followThrough/actions" as const;
  export const type = new RequestType<ActionsParams, ActionsResult, void>(method);
}

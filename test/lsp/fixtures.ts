// Temp workspaces and post-mortem texts shared by the LSP tests.
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import type { Diagnostic, PublishDiagnosticsParams } from "vscode-languageserver-protocol";

export const WEAK_LINE = "- [ ] Review alerting thresholds";
export const STRONG_LINE =
  "- [ ] Alice Example: add alert for DB replication lag >30s in Datadog, by 2099-03-15 (PAY-101)";

/** A post-mortem that says nothing about being one: only its folder (postmortems/) makes it one. */
export function postMortemText(actionLines: string[] = [WEAK_LINE, STRONG_LINE]): string {
  return [
    "---",
    "date: 2026-11-20",
    "---",
    "",
    "# Checkout outage",
    "",
    "## Summary",
    "",
    "The checkout service returned errors for 40 minutes after a config push.",
    "",
    "## Action items",
    "",
    ...actionLines,
    "",
  ].join("\n");
}

export interface Workspace {
  root: string;
  file(relative: string, text?: string): string;
  dispose(): void;
}

export function makeWorkspace(): Workspace {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), "ft-lsp-"));
  return {
    root,
    file(relative: string, text?: string): string {
      const full = path.join(root, relative);
      fs.mkdirSync(path.dirname(full), { recursive: true });
      if (text !== undefined) {
        fs.writeFileSync(full, text);
      }
      return full;
    },
    dispose(): void {
      fs.rmSync(root, { recursive: true, force: true });
    },
  };
}

export function lineOf(text: string, needle: string): number {
  const index = text.split("\n").findIndex((line) => line === needle || line.includes(needle));
  if (index === -1) {
    throw new Error(`no line containing ${JSON.stringify(needle)}`);
  }
  return index;
}

export function rulesOnLine(params: PublishDiagnosticsParams, line: number): string[] {
  return params.diagnostics
    .filter((diagnostic) => diagnostic.range.start.line === line)
    .map((diagnostic) => String(diagnostic.code))
    .sort();
}

export function findDiagnostic(
  params: PublishDiagnosticsParams,
  rule: string,
  line?: number,
): Diagnostic {
  const found = params.diagnostics.find(
    (diagnostic) =>
      diagnostic.code === rule && (line === undefined || diagnostic.range.start.line === line),
  );
  if (found === undefined) {
    throw new Error(
      `no ${rule} diagnostic${line === undefined ? "" : ` on line ${line}`}; got ${JSON.stringify(params.diagnostics.map((d) => [d.code, d.range.start.line]))}`,
    );
  }
  return found;
}

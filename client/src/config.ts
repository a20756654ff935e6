// Typed getters over the `followThrough.*` settings. The server reads its own settings through
// `workspace/configuration`; the client only needs the ones that shape the client itself.
import * as vscode from "vscode";

export const SECTION = "followThrough";

export type RuleSettingValue = "error" | "warning" | "info" | "hint" | "off";

export class Config {
  private get configuration(): vscode.WorkspaceConfiguration {
    return vscode.workspace.getConfiguration(SECTION);
  }

  get enable(): boolean {
    return this.configuration.get<boolean>("enable", true);
  }

  get rules(): Record<string, RuleSettingValue> {
    return this.configuration.get<Record<string, RuleSettingValue>>("rules", {});
  }

  get traceServer(): "off" | "messages" | "verbose" {
    return this.configuration.get<"off" | "messages" | "verbose">("trace.server", "off");
  }
}

// Where the identity comes from inside VS Code (the rules are in identity.ts).
import { execFile } from "child_process";
import * as vscode from "vscode";
import { SECTION } from "../config";
import type { IdentitySources } from "./identity";

/** Scopes a Follow-Through or VS Code GitHub session may already have been granted with. */
const GITHUB_SCOPE_SETS = [["repo"], ["read:user"], ["user:email"]];

export function vscodeSources(): IdentitySources {
  return {
    setting: () => {
      const configured = vscode.workspace
        .getConfiguration(SECTION)
        .get<string | string[]>("identity", "");
      return (Array.isArray(configured) ? configured : configured.split(","))
        .map((name) => name.trim())
        .filter((name) => name !== "");
    },
    trusted: () => vscode.workspace.isTrusted,
    git: (key) =>
      gitConfig(
        key,
        vscode.workspace.workspaceFolders?.find((folder) => folder.uri.scheme === "file")?.uri
          .fsPath,
      ),
    githubLogin: async () => {
      for (const scopes of GITHUB_SCOPE_SETS) {
        const session = await vscode.authentication.getSession("github", scopes, { silent: true });
        if (session !== undefined) {
          return session.account.label;
        }
      }
      return undefined;
    },
  };
}

function gitConfig(key: string, cwd: string | undefined): Promise<string | undefined> {
  return new Promise((resolve) => {
    execFile(
      "git",
      ["config", "--get", key],
      { cwd, timeout: 3000, windowsHide: true },
      (error, stdout) => {
        const value = stdout?.toString().trim();
        resolve(error === null && value !== "" ? value : undefined);
      },
    );
  });
}

// Who "My actions" means: the `followThrough.identity` setting, else git's user.name and user.email,
// which are only asked for in a trusted workspace (git runs the repository's config).
import { execFile } from "child_process";
import * as vscode from "vscode";
import { SECTION } from "../config";

export async function resolveIdentity(): Promise<string[] | undefined> {
  const configured = vscode.workspace.getConfiguration(SECTION).get<string | string[]>("identity", "");
  const names = (Array.isArray(configured) ? configured : configured.split(",")).map((name) => name.trim()).filter((name) => name !== "");
  if (names.length > 0) {
    return names;
  }
  if (!vscode.workspace.isTrusted) {
    return undefined;
  }
  const cwd = vscode.workspace.workspaceFolders?.find((folder) => folder.uri.scheme === "file")?.uri.fsPath;
  const fromGit = (await Promise.all([gitConfig("user.name", cwd), gitConfig("user.email", cwd)])).filter((value): value is string => value !== undefined);
  return fromGit.length > 0 ? fromGit : undefined;
}

function gitConfig(key: string, cwd: string | undefined): Promise<string | undefined> {
  return new Promise((resolve) => {
    execFile("git", ["config", "--get", key], { cwd, timeout: 3000, windowsHide: true }, (error, stdout) => {
      const value = stdout?.toString().trim();
      resolve(error === null && value !== "" ? value : undefined);
    });
  });
}

// Who "My actions" means: the `followThrough.identity` setting alone when set; otherwise git's
// user.name and user.email (asked only in a trusted workspace: git runs the repository's config)
// together with the login of the GitHub account VS Code is signed in with, since owners are often
// written as `@login`. Nothing here prompts: the GitHub session is only read if it already exists.
// No `vscode` import, so the unit tests run it; client/src/views/identitySources.ts reads VS Code.

export interface IdentitySources {
  setting(): string[];
  trusted(): boolean;
  git(key: "user.name" | "user.email"): Promise<string | undefined>;
  githubLogin(): Promise<string | undefined>;
}

export async function resolveIdentity(sources: IdentitySources): Promise<string[] | undefined> {
  const configured = sources.setting();
  if (configured.length > 0) {
    return configured;
  }
  const found = await Promise.all([
    sources.trusted() ? sources.git("user.name") : undefined,
    sources.trusted() ? sources.git("user.email") : undefined,
    sources.githubLogin().catch(() => undefined),
  ]);
  const names: string[] = [];
  for (const value of found) {
    if (
      value !== undefined &&
      value !== "" &&
      !names.some((name) => name.toLowerCase() === value.toLowerCase())
    ) {
      names.push(value);
    }
  }
  return names.length > 0 ? names : undefined;
}

// Types for install.mjs, for the TypeScript tests that import it.
export const repoRoot: string;
export const NODE_VERSION: string;
export const CODE_SERVER_VERSION: string;
export function cacheDir(): string;
export function node24Env(nodeDir: string, base?: NodeJS.ProcessEnv): Record<string, string>;
export function codeServerInstallEnv(
  nodeDir: string,
  base?: NodeJS.ProcessEnv,
): Record<string, string>;
export function ensureNode(): string;
export function ensureCodeServer(): {
  nodeDir: string;
  node: string;
  installDir: string;
  entry: string;
  version: string;
};
export function chromiumPath(): string;

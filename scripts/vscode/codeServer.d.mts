// Types for codeServer.mjs, for the TypeScript tests that import it.
export interface Sandbox {
  root: string;
  home: string;
  tmp: string;
  userData: string;
  extensions: string;
  config: string;
  log: string;
}
export interface RunningCodeServer {
  port: number;
  pid: number;
  base: string;
  url: string;
  log: string;
  logTail(lines?: number): string;
  stop(): Promise<void>;
}
export const QUIET_SETTINGS: Record<string, unknown>;
export const CHROMIUM_ARGS: string[];
export function freePort(): Promise<number>;
export const MAX_SOCKET_PATH: number;
export const SOCKET_NAME_ROOM: number;
export function makeSocketDir(): string;
export function makeSandbox(name: string, options?: { fresh?: boolean; parent?: string }): Sandbox;
export function removeSandbox(
  sandbox: Pick<Sandbox, "root"> & { tmp?: string },
  options?: { keepRoot?: boolean },
): void;
export function sandboxEnv(sandbox: Sandbox, nodeDir: string): Record<string, string>;
export function writeUserSettings(sandbox: Sandbox, settings: Record<string, unknown>): void;
export function installExtension(sandbox: Sandbox, vsix: string): string;
export function logTail(file: string, lines?: number): string;
export function startCodeServer(options: {
  sandbox: Sandbox;
  folder: string;
  port?: number;
  smokeTestDriver?: boolean;
  timeoutMs?: number;
  extraArgs?: string[];
}): Promise<RunningCodeServer>;
export function stopAll(): Promise<void>;

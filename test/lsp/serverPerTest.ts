// Mocha hooks shared by the LSP suites: build once, then a fresh workspace and server per test.
import { ensureBuilt } from "../support/cli-helpers";
import { makeWorkspace, type Workspace } from "./fixtures";
import { TestClient, type ClientOptions } from "./lspClient";

export interface ServerUnderTest {
  readonly workspace: Workspace;
  readonly client: TestClient;
  /** Replaces the running server by one started with other client options. */
  restart(options: Omit<ClientOptions, "workspaceFolder">): Promise<void>;
}

/** `prepare` writes files before the server starts; `options` adds client options (settings, capabilities). */
export function serverPerTest(
  prepare?: (workspace: Workspace) => void,
  options?: () => Omit<ClientOptions, "workspaceFolder">,
): ServerUnderTest {
  let workspace: Workspace | undefined;
  let client: TestClient | undefined;
  before(function () {
    this.timeout(60_000);
    ensureBuilt();
  });
  beforeEach(async function () {
    workspace = makeWorkspace();
    prepare?.(workspace);
    client = await TestClient.start({ ...options?.(), workspaceFolder: workspace.root });
  });
  afterEach(async function () {
    await client?.stop();
    workspace?.dispose();
  });
  return {
    get workspace(): Workspace {
      return workspace!;
    },
    get client(): TestClient {
      return client!;
    },
    async restart(restartOptions) {
      await client?.stop();
      client = await TestClient.start({ ...restartOptions, workspaceFolder: workspace!.root });
    },
  };
}

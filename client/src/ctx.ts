// Owns the language client, the log channel and every disposable; commands get it as their context.
import * as vscode from "vscode";
import type {
  LanguageClient,
  LanguageClientOptions,
  ServerOptions,
} from "vscode-languageclient/node";
import { Config, SECTION } from "./config";
import { keepRunningAfterConnectionError, RestartPolicy, START_FAILURE } from "./restartPolicy";

export type CommandFactory = (ctx: Ctx) => (...args: unknown[]) => unknown;

export class Ctx {
  readonly config = new Config();
  readonly log: vscode.LogOutputChannel;
  private languageClient: LanguageClient | undefined;
  private readonly disposables: vscode.Disposable[] = [];
  private readonly clientStarted = new vscode.EventEmitter<LanguageClient>();
  /** Survives the restarts it allows, so a server crashing on every start is given up on. */
  private readonly restartPolicy = new RestartPolicy();
  /** When the server's connection last closed unasked (Date.now()). */
  private crashedAt = -Infinity;
  /** Fires each time the language client runs (a start, a restart, one after a crash), so views can listen to its notifications. */
  readonly onDidStartClient = this.clientStarted.event;

  constructor(readonly extensionContext: vscode.ExtensionContext) {
    this.log = vscode.window.createOutputChannel("Follow-Through", { log: true });
    extensionContext.subscriptions.push(
      this.log,
      this.clientStarted,
      { dispose: () => void this.dispose() },
      // Trust is read when the server starts; granting it restarts the server with it.
      vscode.workspace.onDidGrantWorkspaceTrust(() => void this.restart()),
    );
  }

  get client(): LanguageClient | undefined {
    return this.languageClient;
  }

  async start(): Promise<void> {
    if (this.languageClient !== undefined) {
      return;
    }
    // Loaded here, not at the top: evaluating the client library is most of the bundle's load time,
    // and activation should not pay for it before the first paint (see README, "Speed").
    const { CloseAction, ErrorAction, LanguageClient, State, TransportKind } =
      await import("vscode-languageclient/node");
    // The library reports a start that failed because the server died ("couldn't create connection",
    // "Restarting server failed") in a notification of its own, beside the restart policy's one.
    class FollowThroughClient extends LanguageClient {
      override error(message: string, data?: unknown, showNotification?: boolean | "force"): void {
        super.error(message, data, START_FAILURE.test(message) ? false : showNotification);
      }
    }
    const serverModule = this.extensionContext.asAbsolutePath("dist/server.js");
    const serverOptions: ServerOptions = {
      run: { module: serverModule, transport: TransportKind.ipc },
      debug: {
        module: serverModule,
        transport: TransportKind.ipc,
        options: { execArgv: ["--nolazy", "--inspect=6011"] },
      },
    };
    const watcher = vscode.workspace.createFileSystemWatcher("**/.followthrough.{yml,yaml}");
    this.disposables.push(watcher);
    const clientOptions: LanguageClientOptions = {
      documentSelector: [
        { scheme: "file", language: "markdown" },
        { scheme: "untitled", language: "markdown" },
      ],
      synchronize: { configurationSection: SECTION, fileEvents: watcher },
      outputChannel: this.log,
      // In an untrusted workspace the server analyses but runs nothing (no git). `pickers`: this client
      // runs followThrough.pickFix, so the server can put long lists of fixes behind one "…" entry;
      // `themeIcons`: hovers may use $(icon) codicons, which render without an emoji font.
      initializationOptions: {
        trusted: vscode.workspace.isTrusted,
        pickers: true,
        themeIcons: true,
      },
      markdown: { supportThemeIcons: true },
      // Logged, not shown: a server that dies while starting is the restart policy's to report, and
      // one that fails otherwise makes `start` reject, which activation reports once.
      initializationFailedHandler: (error) => {
        this.log.error(`The language server failed to initialize: ${String(error)}`);
        return false;
      },
      errorHandler: {
        error: (_error, _message, errorsInARow) => ({
          action: keepRunningAfterConnectionError(errorsInARow)
            ? ErrorAction.Continue
            : ErrorAction.Shutdown,
        }),
        closed: () => {
          this.crashedAt = Date.now();
          const decision = this.restartPolicy.serverClosed();
          if (decision.restart) {
            this.log.warn(
              `The language server stopped unexpectedly; restarting it (${decision.attempt} of ${decision.maxRestarts}).`,
            );
            return { action: CloseAction.Restart, handled: true };
          }
          this.log.error(decision.message);
          this.showServerGaveUp(decision.message);
          return { action: CloseAction.DoNotRestart, handled: true };
        },
      },
    };
    // The id matches the settings prefix, so `followThrough.trace.server` turns on protocol tracing.
    const client = new FollowThroughClient(SECTION, "Follow-Through", serverOptions, clientOptions);
    this.languageClient = client;
    // Each time it runs, after a start, a restart the person asked for, or one after a crash.
    this.disposables.push(
      client.onDidChangeState(({ newState }) => {
        if (newState === State.Running) {
          this.clientStarted.fire(client);
        }
      }),
    );
    const startedAt = Date.now();
    try {
      await client.start();
    } catch (error) {
      if (this.crashedAt >= startedAt) {
        return; // The server died while starting: the restart policy restarts it or says it gave up.
      }
      throw error;
    }
  }

  async stop(): Promise<void> {
    const client = this.languageClient;
    this.languageClient = undefined;
    // One given up on after crashes, or that failed to start, has nothing left to stop, and the
    // library throws when asked: Restart Server would then start nothing.
    if (client?.isRunning() === true) {
      await client.stop();
    } else if (client?.needsStop() === true) {
      await client.stop().catch((error: unknown) => {
        this.log.warn(
          `Stopping a language server that was still starting failed: ${String(error)}`,
        );
      });
    }
    for (const disposable of this.disposables.splice(0)) {
      disposable.dispose();
    }
  }

  async restart(): Promise<void> {
    this.restartPolicy.reset();
    await this.stop();
    await this.start();
  }

  /** One message with the two ways out: read why in the log, or try again. */
  private showServerGaveUp(message: string): void {
    void vscode.window.showErrorMessage(message, "Show Output", "Restart Server").then((choice) => {
      if (choice === "Show Output") {
        this.log.show();
      } else if (choice === "Restart Server") {
        void this.restart().catch((error: unknown) =>
          this.log.error(`Restarting the language server failed: ${String(error)}`),
        );
      }
    });
  }

  registerCommand(name: string, factory: CommandFactory): void {
    this.extensionContext.subscriptions.push(
      vscode.commands.registerCommand(`followThrough.${name}`, factory(this)),
    );
  }

  private async dispose(): Promise<void> {
    await this.stop();
  }
}

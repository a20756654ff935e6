// The Follow-Through language server. `createConnection` picks the transport from the command line:
// `--stdio` (Neovim, Helix, Emacs, the LSP tests) or `--node-ipc` (the VS Code client).
import { createConnection, ProposedFeatures } from "vscode-languageserver/node";
import { startServer } from "./lsp/languageServer";

const connection = createConnection(ProposedFeatures.all);

// A bug must cost one log line, never the editor's language features.
process.on("uncaughtException", (error) =>
  connection.console.error(`Follow-Through: uncaught error: ${error.stack ?? error.message}`),
);
process.on("unhandledRejection", (reason) =>
  connection.console.error(`Follow-Through: unhandled rejection: ${String(reason)}`),
);

startServer(connection);

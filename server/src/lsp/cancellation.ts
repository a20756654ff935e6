// Requests the client has cancelled ($/cancelRequest) answer RequestCancelled instead of doing their
// work: an editor cancels a hover or a code action request as soon as the cursor moves on, and under
// fast typing a lint per cancelled request would be wasted work on a version nobody looks at.
import { LSPErrorCodes, ResponseError, type CancellationToken } from "vscode-languageserver";

export function cancelled(): ResponseError<void> {
  return new ResponseError(LSPErrorCodes.RequestCancelled, "The request was cancelled.");
}

/** Throws RequestCancelled when the client cancelled; call before each costly step. */
export function throwIfCancelled(token: CancellationToken | undefined): void {
  if (token?.isCancellationRequested === true) {
    throw cancelled();
  }
}

// The workspace index: every post-mortem's actions, kept current one document at a time. Two layers
// per document: what the file on disk says, and what an open editor says. The editor's text, saved
// or not, wins until the editor closes; then the file speaks again. Every update touches one entry,
// so re-indexing a changed file costs that file alone.
import type { LintResult } from "../lint";
import { summarise } from "./summarise";
import type { IndexedAction, IndexedPostMortem } from "./types";

/** Lints a document's text, or says it is not a post-mortem (undefined). */
export type Analyse = (uri: string, text: string) => LintResult | undefined;

export type IndexListener = (uris: string[]) => void;

export class WorkspaceIndex {
  private readonly disk = new Map<string, IndexedPostMortem>();
  /** Open documents; null means open but not a post-mortem (it hides the file's entry). */
  private readonly editor = new Map<string, IndexedPostMortem | null>();
  private readonly listeners = new Set<IndexListener>();

  constructor(private readonly analyse: Analyse) {}

  /** A file's text as stored on disk (added or changed). Returns true when the file is a post-mortem. */
  setFileText(uri: string, text: string): boolean {
    return this.setFileResult(uri, this.analyse(uri, text));
  }

  /** Like setFileText with a lint already done (undefined: not a post-mortem). */
  setFileResult(uri: string, result: LintResult | undefined): boolean {
    if (result === undefined) {
      const had = this.disk.delete(uri);
      if (had) {
        this.changed([uri]);
      }
      return false;
    }
    this.disk.set(uri, summarise(uri, result, "disk"));
    this.changed([uri]);
    return true;
  }

  /** An open document's text (unsaved edits included); it overrides the file until closed. */
  setEditorText(uri: string, text: string, version: number): void {
    this.setEditorResult(uri, this.analyse(uri, text), version);
  }

  setEditorResult(uri: string, result: LintResult | undefined, version: number): void {
    const current = this.editor.get(uri);
    if (
      current !== undefined &&
      current !== null &&
      current.version !== undefined &&
      current.version > version
    ) {
      // A late answer for an older version must not undo a newer one.
      return;
    }
    this.editor.set(uri, result === undefined ? null : summarise(uri, result, "editor", version));
    this.changed([uri]);
  }

  /** The editor closed: the file's own entry (if any) is what counts again. */
  closeEditor(uri: string): void {
    if (this.editor.delete(uri)) {
      this.changed([uri]);
    }
  }

  /** The file was deleted. An open editor keeps showing its text until it closes. */
  deleteFile(uri: string): void {
    if (this.disk.delete(uri)) {
      this.changed([uri]);
    }
  }

  /** Forgets every file under a folder URI (a workspace folder removed). */
  deleteFolder(folderUri: string): void {
    const prefix = folderUri.endsWith("/") ? folderUri : `${folderUri}/`;
    const removed = [...this.disk.keys()].filter((uri) => uri.startsWith(prefix));
    for (const uri of removed) {
      this.disk.delete(uri);
    }
    if (removed.length > 0) {
      this.changed(removed);
    }
  }

  /** The file moved: its entry moves without re-reading it. */
  renameFile(oldUri: string, newUri: string): void {
    const entry = this.disk.get(oldUri);
    if (entry === undefined) {
      return;
    }
    this.disk.delete(oldUri);
    this.disk.set(newUri, withUri(entry, newUri));
    this.changed([oldUri, newUri]);
  }

  /** The entry that counts for a document: the editor's, else the file's. */
  get(uri: string): IndexedPostMortem | undefined {
    const open = this.editor.get(uri);
    if (open !== undefined) {
      return open ?? undefined;
    }
    return this.disk.get(uri);
  }

  has(uri: string): boolean {
    return this.get(uri) !== undefined;
  }

  /** Every post-mortem, editor entries first where open. */
  postMortems(): IndexedPostMortem[] {
    const out: IndexedPostMortem[] = [];
    for (const entry of this.editor.values()) {
      if (entry !== null) {
        out.push(entry);
      }
    }
    for (const [uri, entry] of this.disk) {
      if (!this.editor.has(uri)) {
        out.push(entry);
      }
    }
    return out;
  }

  /** Every action of every post-mortem. */
  actions(): IndexedAction[] {
    return this.postMortems().flatMap((postMortem) => postMortem.actions);
  }

  get size(): number {
    return this.postMortems().length;
  }

  /** Files known from disk (whether or not an editor overrides them). */
  fileUris(): string[] {
    return [...this.disk.keys()];
  }

  onDidChange(listener: IndexListener): { dispose(): void } {
    this.listeners.add(listener);
    return { dispose: () => void this.listeners.delete(listener) };
  }

  private changed(uris: string[]): void {
    for (const listener of this.listeners) {
      listener(uris);
    }
  }
}

function withUri(entry: IndexedPostMortem, uri: string): IndexedPostMortem {
  return { ...entry, uri, actions: entry.actions.map((action) => ({ ...action, uri })) };
}

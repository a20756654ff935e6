// The parts of package.json that the manifest tests read, typed, so a test that reads a key the
// manifest does not have fails to compile instead of reading `undefined`.
import * as fs from "node:fs";
import * as path from "node:path";

export interface MenuEntry {
  command: string;
  when?: string;
  group?: string;
}

export interface Manifest {
  contributes: {
    commands: { command: string; title: string; category?: string }[];
    menus: Record<string, MenuEntry[]>;
    views: Record<string, { id: string }[]>;
    viewsContainers: { activitybar: { id: string; icon: string }[] };
    viewsWelcome: { view: string; contents: string; when?: string }[];
  };
}

export function readManifest(): Manifest {
  const file = path.resolve(__dirname, "..", "..", "package.json");
  return JSON.parse(fs.readFileSync(file, "utf8")) as Manifest;
}

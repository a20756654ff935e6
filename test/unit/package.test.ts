// The .vsix holds what ships and nothing else: the bundles, grammars, snippets, docs, icon and licence.
// It is built here with the same command as `npm run package` (vsce, which runs the production build).
import { strict as assert } from "node:assert";
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";

const root = path.join(__dirname, "..", "..");

/** Names and uncompressed sizes of a zip's entries, read from its central directory. */
function zipEntries(file: string): { name: string; size: number }[] {
  const zip = fs.readFileSync(file);
  const endOfCentralDirectory = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  assert.ok(endOfCentralDirectory >= 0, `${file} is not a zip`);
  const count = zip.readUInt16LE(endOfCentralDirectory + 10);
  let offset = zip.readUInt32LE(endOfCentralDirectory + 16);
  const entries: { name: string; size: number }[] = [];
  for (let index = 0; index < count; index++) {
    assert.equal(zip.readUInt32LE(offset), 0x02014b50, "central directory entry signature");
    const size = zip.readUInt32LE(offset + 24);
    const nameLength = zip.readUInt16LE(offset + 28);
    const extraLength = zip.readUInt16LE(offset + 30);
    const commentLength = zip.readUInt16LE(offset + 32);
    entries.push({ name: zip.toString("utf8", offset + 46, offset + 46 + nameLength), size });
    offset += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

describe("the .vsix package", function () {
  this.timeout(120_000);
  let vsix: string;
  let entries: { name: string; size: number }[];

  before(() => {
    const outDir = fs.mkdtempSync(path.join(os.tmpdir(), "follow-through-vsix-"));
    vsix = path.join(outDir, "follow-through.vsix");
    const vsce = path.join(root, "node_modules", "@vscode", "vsce", "vsce");
    const result = spawnSync(
      process.execPath,
      [vsce, "package", "--no-dependencies", "--out", vsix],
      { cwd: root, encoding: "utf8" },
    );
    assert.equal(result.status, 0, `vsce package failed:\n${result.stdout}\n${result.stderr}`);
    entries = zipEntries(vsix);
  });

  after(() => {
    fs.rmSync(path.dirname(vsix), { recursive: true, force: true });
  });

  it("contains only the bundles, grammars, snippets, docs, icon, licence, readme and changelog", () => {
    const allowed = [
      /^\[Content_Types\]\.xml$/,
      /^extension\.vsixmanifest$/,
      /^extension\/package\.json$/,
      /^extension\/(readme|changelog)\.md$/,
      /^extension\/LICENSE\.txt$/,
      /^extension\/dist\/(extension|server|cli)\.js$/,
      /^extension\/bin\/follow-through\.js$/,
      /^extension\/syntaxes\/[\w.-]+\.tmLanguage\.json$/,
      /^extension\/snippets\/[\w.-]+\.code-snippets$/,
      /^extension\/docs\/(rules|walkthrough)\/[\w.-]+\.md$/,
      /^extension\/images\/[\w.-]+\.(png|svg)$/,
    ];
    const unexpected = entries
      .map((entry) => entry.name)
      .filter((name) => !allowed.some((pattern) => pattern.test(name)));
    assert.deepEqual(unexpected, [], `files that should not ship: ${unexpected.join(", ")}`);
  });

  it("contains everything the manifest points at", () => {
    const names = new Set(entries.map((entry) => entry.name));
    const manifest = JSON.parse(fs.readFileSync(path.join(root, "package.json"), "utf8")) as {
      main: string;
      icon: string;
      contributes: {
        snippets: { path: string }[];
        grammars: { path: string }[];
        walkthroughs: { steps: { media: { markdown?: string } }[] }[];
        viewsContainers?: Record<string, { icon?: string }[]>;
        views?: Record<string, { icon?: string }[]>;
      };
    };
    const referenced = [
      manifest.main,
      manifest.icon,
      "dist/server.js",
      ...manifest.contributes.snippets.map((snippet) => snippet.path),
      ...manifest.contributes.grammars.map((grammar) => grammar.path),
      ...manifest.contributes.walkthroughs.flatMap((walkthrough) =>
        walkthrough.steps.flatMap((step) =>
          step.media.markdown === undefined ? [] : [step.media.markdown],
        ),
      ),
      // View icons are files too, unless they name a product icon such as "$(checklist)".
      ...[
        ...Object.values(manifest.contributes.viewsContainers ?? {}),
        ...Object.values(manifest.contributes.views ?? {}),
      ]
        .flat()
        .flatMap((entry) =>
          entry.icon === undefined || entry.icon.startsWith("$(") ? [] : [entry.icon],
        ),
    ];
    for (const file of referenced) {
      const name = `extension/${path.posix.normalize(file)}`;
      assert.ok(names.has(name), `${name} is referenced by package.json but not in the .vsix`);
    }
    for (const rule of fs.readdirSync(path.join(root, "docs", "rules"))) {
      assert.ok(
        names.has(`extension/docs/rules/${rule}`),
        `docs/rules/${rule} is not in the .vsix`,
      );
    }
  });

  it("ships minified bundles without source maps and stays under 1 MB", () => {
    assert.ok(
      !entries.some((entry) => entry.name.endsWith(".map")),
      "a source map is in the .vsix",
    );
    const size = fs.statSync(vsix).size;
    assert.ok(size < 1024 * 1024, `the .vsix is ${(size / 1024).toFixed(0)} KB, over 1 MB`);
  });

  it("has the marketplace fields", () => {
    const manifest = JSON.parse(fs.readFileSync(path.join(root, "package.json"), "utf8")) as Record<
      string,
      unknown
    >;
    for (const field of [
      "engines",
      "categories",
      "keywords",
      "icon",
      "galleryBanner",
      "repository",
      "license",
      "publisher",
      "displayName",
      "description",
    ]) {
      assert.ok(manifest[field] !== undefined, `package.json has no ${field}`);
    }
    assert.match((manifest.engines as { vscode?: string }).vscode ?? "", /^\^1\.\d+\.\d+$/);
    const icon = fs.readFileSync(path.join(root, manifest.icon as string));
    assert.equal(icon.toString("latin1", 1, 4), "PNG");
    assert.equal(icon.readUInt32BE(16), 128, "icon width");
    assert.equal(icon.readUInt32BE(20), 128, "icon height");
  });
});

// ESLint flat config. TypeScript sources get the type-aware typescript-eslint rules (the promise
// rules need types: a floating promise hides a failed write or request); JavaScript scripts and
// declaration shims get the syntactic rules only, since no tsconfig covers them.
import js from "@eslint/js";
import { defineConfig } from "eslint/config";
import globals from "globals";
import tseslint from "typescript-eslint";

const typedSources = ["client/src/**/*.ts", "server/src/**/*.ts", "test/**/*.ts"];

// The layers of ARCHITECTURE.md: core is pure analysis, trackers build on core, and neither knows
// the editor, the language server or the command line.
const editorModules = ["vscode", "vscode-*", "vscode-*/**"];
const frontEnds = ["**/lsp", "**/lsp/**", "**/cli", "**/cli/**"];
const trackerModules = ["**/trackers", "**/trackers/**"];

/** no-restricted-imports for a layer that must not reach the given modules. */
function layerRule(forbidden, message) {
  return ["error", { patterns: [{ group: forbidden, message }] }];
}

export default defineConfig(
  {
    ignores: ["node_modules/", "dist/", "out/", "coverage/", "test-results/", ".vscode-test/"],
  },
  {
    linterOptions: { reportUnusedDisableDirectives: "error" },
  },
  js.configs.recommended,
  tseslint.configs.recommended,
  {
    rules: {
      // A leading underscore marks a binding that is there for its position, not its value.
      "@typescript-eslint/no-unused-vars": [
        "error",
        {
          argsIgnorePattern: "^_",
          varsIgnorePattern: "^_",
          caughtErrorsIgnorePattern: "^_",
          ignoreRestSiblings: true,
        },
      ],
      // `\[` inside a character class reads as a literal bracket at a glance (and the `v` flag
      // requires it); every other useless escape is still reported.
      "no-useless-escape": ["error", { allowRegexCharacters: ["["] }],
    },
  },
  {
    files: typedSources,
    extends: [tseslint.configs.recommendedTypeChecked],
    languageOptions: {
      // One program for client, server and tests: the per-project service type-checked the
      // server twice (once for itself, once as a reference of the tests) and took twice as long.
      parserOptions: { project: "./tsconfig.eslint.json", tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      "@typescript-eslint/no-floating-promises": "error",
      "@typescript-eslint/no-misused-promises": "error",
      // An `async` function without `await` still turns a throw into a rejection, which callers
      // of a Promise-returning interface (test stubs, `activate`) rely on; dropping `async` to
      // please the rule would change that.
      "@typescript-eslint/require-await": "off",
      // Handing on a rejection we received (typed `unknown`) creates no new non-Error reason.
      "@typescript-eslint/prefer-promise-reject-errors": ["error", { allowThrowingUnknown: true }],
    },
  },
  {
    // The tracker fakes stand in for servers: like a server they read request bodies and GraphQL
    // variables as untyped JSON, and what they read is checked against the trackers' published API
    // descriptions at run time, not by the compiler.
    files: ["test/trackers/fakes/**/*.ts"],
    rules: {
      "@typescript-eslint/no-explicit-any": "off",
      "@typescript-eslint/no-unsafe-argument": "off",
      "@typescript-eslint/no-unsafe-assignment": "off",
      "@typescript-eslint/no-unsafe-member-access": "off",
    },
  },
  {
    // Tests look for terminal colour codes (ESC) in output on purpose.
    files: ["test/**/*.ts"],
    rules: { "no-control-regex": "off" },
  },
  {
    files: ["server/src/core/**/*.ts"],
    rules: {
      "no-restricted-imports": layerRule(
        [...trackerModules, ...frontEnds, ...editorModules],
        "core/ is pure analysis: it imports nothing from trackers/, lsp/, cli/ or VS Code.",
      ),
    },
  },
  {
    files: ["server/src/trackers/**/*.ts"],
    rules: {
      "no-restricted-imports": layerRule(
        [...frontEnds, ...editorModules],
        "trackers/ builds on core/ only: it imports nothing from lsp/, cli/ or VS Code.",
      ),
    },
  },
  {
    // Custom LSP messages are declared as namespaces holding `method` and `type`, the shape the
    // language server protocol library itself uses, so client and server name them the same way.
    files: ["server/src/protocol.ts"],
    rules: { "@typescript-eslint/no-namespace": "off" },
  },
  {
    files: ["**/*.js", "**/*.mjs", "**/*.cjs", "**/*.d.mts"],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    // The package is CommonJS, so the bin shim loads the bundle with `require`.
    files: ["bin/**/*.js"],
    languageOptions: { sourceType: "commonjs" },
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
);

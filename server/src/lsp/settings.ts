// Settings per resource, read through `workspace/configuration` (section `followThrough`) and cached
// per document URI until the client says the configuration changed.
import type { Connection } from "vscode-languageserver";
import type { RuleSetting } from "../core/config";

export interface Settings {
  enable: boolean;
  /** Per-rule severities; they override the rules of the nearest `.followthrough.yml`. */
  rules: Record<string, RuleSetting>;
}

export const SETTINGS_SECTION = "followThrough";

export function defaultSettings(): Settings {
  return { enable: true, rules: {} };
}

const RULE_SETTINGS = new Set<string>(["error", "warning", "info", "hint", "off"]);

/**
 * Turns whatever the client sent into settings. Unknown keys are ignored and bad values fall back to
 * the defaults, so a typo in settings.json never stops linting.
 */
export function normalizeSettings(value: unknown): Settings {
  const settings = defaultSettings();
  if (typeof value !== "object" || value === null) {
    return settings;
  }
  const record = value as Record<string, unknown>;
  if (typeof record.enable === "boolean") {
    settings.enable = record.enable;
  }
  if (typeof record.rules === "object" && record.rules !== null) {
    for (const [ruleId, setting] of Object.entries(record.rules as Record<string, unknown>)) {
      if (setting === false) {
        settings.rules[ruleId] = "off";
      } else if (typeof setting === "string" && RULE_SETTINGS.has(setting)) {
        settings.rules[ruleId] = setting as RuleSetting;
      }
    }
  }
  return settings;
}

export class SettingsCache {
  private readonly byUri = new Map<string, Promise<Settings>>();
  /** Used when the client cannot answer `workspace/configuration`: the last pushed settings. */
  private globalSettings: Settings = defaultSettings();

  constructor(
    private readonly connection: Connection,
    private readonly clientAnswersConfiguration: () => boolean,
  ) {}

  get(uri: string): Promise<Settings> {
    if (!this.clientAnswersConfiguration()) {
      return Promise.resolve(this.globalSettings);
    }
    let settings = this.byUri.get(uri);
    if (settings === undefined) {
      settings = this.connection.workspace
        .getConfiguration({ scopeUri: uri, section: SETTINGS_SECTION })
        .then(
          (value: unknown) => normalizeSettings(value),
          (error: unknown) => {
            this.connection.console.warn(
              `Follow-Through: cannot read settings for ${uri}: ${String(error)}; using defaults.`,
            );
            return defaultSettings();
          },
        );
      this.byUri.set(uri, settings);
    }
    return settings;
  }

  /** Called on `workspace/didChangeConfiguration`; `pushed` is the notification's `settings` payload. */
  changed(pushed: unknown): void {
    this.byUri.clear();
    if (typeof pushed === "object" && pushed !== null && SETTINGS_SECTION in pushed) {
      this.globalSettings = normalizeSettings(
        (pushed as Record<string, unknown>)[SETTINGS_SECTION],
      );
    }
  }

  forget(uri: string): void {
    this.byUri.delete(uri);
  }
}

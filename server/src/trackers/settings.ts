// Which configured tracker a push uses. The settings themselves are config, read in core.
import { TRACKER_KINDS, type TrackerKind, type TrackerSettings } from "../core/trackerSettings";

export {
  DEFAULT_TRACKER_LABEL,
  readTrackerSettings,
  type SettingsProblem,
  type TrackerSettings,
} from "../core/trackerSettings";

/** The tracker a push goes to: the flag, then `use`, then the only one configured. */
export function chooseTracker(
  settings: TrackerSettings | undefined,
  requested?: TrackerKind,
): TrackerKind | undefined {
  if (requested !== undefined) return requested;
  if (settings === undefined) return undefined;
  if (settings.use !== undefined) return settings.use;
  const configured = TRACKER_KINDS.filter((kind) => settings[kind] !== undefined);
  return configured.length === 1 ? configured[0] : configured[0];
}

// Which setting wins, decided once for every command:
//   command line > roster entry > the log's own `athlete:` block > config file > defaults.
// A unit the file itself declares (a header suffix, a unit column, YAML `units:`) is a fact
// about the data, not a setting: the reader applies it and nothing here overrides it.
import type { Athlete, DistanceUnit } from '../model/log.js';
import type { Config } from '../rulebook/config.js';

/** Athlete settings given on the command line. */
export interface CommandLineSettings {
  units?: DistanceUnit;
  baselinePain?: number;
  asOf?: string;
  since?: string;
  until?: string;
}

/** One athlete of a roster file. */
export interface RosterEntry {
  name?: string;
  group?: string;
  baselinePain?: number;
  units?: DistanceUnit;
  /** Per-athlete rule overrides, already validated like the config. */
  rules?: Config['rules'];
}

export interface SettledAthlete {
  /** Name and baseline as they go into the analysis. */
  logAthlete: Pick<Athlete, 'name' | 'baselinePain'>;
  /** Rule overrides: the roster's on top of the config file's, rule by rule and option by option. */
  rules: Config['rules'];
}

export function settleAthlete(commandLine: CommandLineSettings, roster: RosterEntry | undefined, fromLog: Athlete, config: Config): SettledAthlete {
  const name = roster?.name ?? fromLog.name;
  const baselinePain = commandLine.baselinePain ?? roster?.baselinePain ?? fromLog.baselinePain ?? config.athlete.baselinePain;
  return {
    logAthlete: { ...(name !== undefined ? { name } : {}), ...(baselinePain !== undefined ? { baselinePain } : {}) },
    rules: mergeRules(config.rules, roster?.rules ?? {}),
  };
}

/** `upper` wins rule by rule; options merge key by key, so a roster can change one option. */
export function mergeRules(lower: Config['rules'], upper: Config['rules']): Config['rules'] {
  const merged: Config['rules'] = { ...lower };
  for (const [id, override] of Object.entries(upper)) {
    const base = lower[id];
    const severity = override.severity ?? base?.severity;
    const options = base?.options || override.options ? { ...base?.options, ...override.options } : undefined;
    const safetyOverride = override.safetyOverride ?? base?.safetyOverride;
    merged[id] = { ...(severity ? { severity } : {}), ...(options ? { options } : {}), ...(safetyOverride ? { safetyOverride } : {}) };
  }
  return merged;
}

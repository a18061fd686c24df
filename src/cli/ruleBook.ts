// Loads the rule book and the user's config (found upward from the cwd, or --config).
import { readFile } from 'node:fs/promises';
import { format, isValid, parse } from 'date-fns';
import { UserError } from '../model/errors.js';
import { fsReason } from '../util/fsErrors.js';
import { applyConfig, EMPTY_CONFIG, findConfigFile, parseConfig, type Config } from '../rulebook/config.js';
import { loadRuleDefinitions } from '../rulebook/load.js';
import type { RuleDefinition, RuleSet } from '../rulebook/types.js';
import type { Io } from './io.js';
import { DATE_RANGE_EXPECTED, isLogYear } from '../ingest/dates.js';

export interface RuleBook {
  definitions: RuleDefinition[];
  ruleSet: RuleSet;
  config: Config;
  configFile?: string;
}

export async function loadRuleBook(io: Io, configPath: string | undefined): Promise<RuleBook> {
  const definitions = loadRuleDefinitions();
  const file = configPath ?? findConfigFile(io.cwd);
  if (!file) return { definitions, ruleSet: applyConfig(definitions, EMPTY_CONFIG), config: EMPTY_CONFIG };
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new UserError({ file, severity: 'error', message: code === 'ENOENT' ? 'config file not found' : `config file cannot be read: ${fsReason(error)}` });
  }
  const config = parseConfig(text, file, definitions);
  return { definitions, ruleSet: applyConfig(definitions, config), config, configFile: file };
}

/**
 * An option that takes a calendar day: YYYY-MM-DD, a day that exists (no 2025-02-30), in the
 * years a log's rows may have (src/ingest/dates.ts), so an option and a row agree.
 */
export function isoDay(flag: string) {
  return (value: string): string => {
    const shaped = /^\d{4}-\d{2}-\d{2}$/.test(value);
    if (shaped && !isLogYear(value)) {
      throw new UserError({ file: flag, severity: 'error', message: `${flag}: a year no log can be about`, got: JSON.stringify(value), expected: DATE_RANGE_EXPECTED });
    }
    const day = parse(value, 'yyyy-MM-dd', new Date(2000, 0, 1));
    if (!shaped || !isValid(day) || format(day, 'yyyy-MM-dd') !== value) {
      throw new UserError({ file: flag, severity: 'error', message: `${flag} needs a calendar day`, got: JSON.stringify(value), expected: 'YYYY-MM-DD, a day that exists, e.g. 2025-02-28' });
    }
    return value;
  };
}

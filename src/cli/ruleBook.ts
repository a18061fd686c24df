// Loads the rule book and the user's config (found upward from the cwd, or --config).
import { readFile } from 'node:fs/promises';
import { UserError } from '../model/errors.js';
import { applyConfig, EMPTY_CONFIG, findConfigFile, parseConfig, type Config } from '../rulebook/config.js';
import { loadRuleDefinitions } from '../rulebook/load.js';
import type { RuleDefinition, RuleSet } from '../rulebook/types.js';
import type { Io } from './io.js';

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
    throw new UserError({ file, severity: 'error', message: code === 'ENOENT' ? 'config file not found' : `config file cannot be read (${code})` });
  }
  const config = parseConfig(text, file, definitions);
  return { definitions, ruleSet: applyConfig(definitions, config), config, configFile: file };
}

export function isoDay(flag: string) {
  return (value: string): string => {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(value) || Number.isNaN(Date.parse(value))) {
      throw new UserError({ file: flag, severity: 'error', message: `${flag} needs a day`, got: JSON.stringify(value), expected: 'YYYY-MM-DD' });
    }
    return value;
  };
}

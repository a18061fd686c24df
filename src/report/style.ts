// Colour for text output: a chalk instance whose level is decided by the CLI, never by chalk
// reading the environment itself (chalk alone ignores NO_COLOR).
import { Chalk, type ChalkInstance } from 'chalk';
import type { Status } from '../model/report.js';
import type { FindingSeverity } from '../model/report.js';

export interface RenderOptions {
  color: boolean;
  /** Terminal width in columns. */
  width: number;
  /** Plain ASCII instead of Unicode blocks and marks. */
  ascii?: boolean;
}

export function paint(options: RenderOptions): ChalkInstance {
  return new Chalk({ level: options.color ? 1 : 0 });
}

export function statusPaint(chalk: ChalkInstance, status: Status): (text: string) => string {
  return status === 'red' ? chalk.bold.red : status === 'amber' ? chalk.bold.yellow : chalk.bold.green;
}

export function severityPaint(chalk: ChalkInstance, severity: FindingSeverity): (text: string) => string {
  return severity === 'stop' ? chalk.red : severity === 'warn' ? chalk.yellow : chalk.cyan;
}

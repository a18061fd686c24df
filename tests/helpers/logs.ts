// Tiny logs for tests, written the way a runner would write them.
import { readFileSync } from 'node:fs';
import { readLog, type ReadOptions } from '../../src/ingest/read.js';
import type { Log } from '../../src/model/log.js';
import { fixture } from './cli.js';

export function csvLog(text: string, options: ReadOptions = {}, name = 'test.csv'): Log {
  return readLog(name, text, options);
}

export function fixtureLog(path: string, options: ReadOptions = {}): Log {
  return readLog(`fixtures/${path}`, readFileSync(fixture(path), 'utf8'), options);
}

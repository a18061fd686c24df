// Every output format of analyze, batch, interview and plan on the fixtures, as files a reviewer can
// read. A change to any of them shows up as a diff here: on purpose (update with `vitest -u`)
// or by accident (a refactor that should have kept the bytes).
import { describe, expect, it } from 'vitest';
import { hipcheck } from '../helpers/cli.js';

// Fixed width, no colour, and a fixed "today": the day after the log's last entry (the
// example's by default), so the output depends on the logs alone.
const ENV = { FORCE_COLOR: '0', COLUMNS: '100' };
const TODAY_FOR: Record<string, string> = { 'fixtures/logs/miles.csv': '2025-04-09', 'fixtures/logs/athlete.yaml': '2025-05-12', 'fixtures/logs': '2025-06-09' };
const SNAPSHOTS = './__snapshots__/outputs';

function snapshotOf(args: string[]): string {
  const today = args.map((arg) => TODAY_FOR[arg]).find(Boolean) ?? '2025-03-31';
  const result = hipcheck(args, { env: { ...ENV, HIPCHECK_TODAY: today } });
  // The exit code and stderr are part of what a user sees. A calendar's event ids hash the log's
  // absolute path, which depends on where the project is checked out: shown as <key>.
  const stdout = result.stdout.replace(/(UID:hipcheck-plan-)[0-9a-f]{16}-/g, '$1<key>-');
  return `$ hipcheck ${args.join(' ')}\n# exit ${result.status}\n# stderr:\n${result.stderr}# stdout:\n${stdout}`;
}

const CASES: Record<string, string[]> = {
  'analyze-example-text': ['analyze', 'fixtures/logs/example.csv'],
  'analyze-example-json': ['analyze', 'fixtures/logs/example.csv', '--format', 'json'],
  'analyze-example-markdown': ['analyze', 'fixtures/logs/example.csv', '--format', 'markdown'],
  'analyze-example-html': ['analyze', 'fixtures/logs/example.csv', '--format', 'html'],
  'analyze-miles-text': ['analyze', 'fixtures/logs/miles.csv'],
  'analyze-athlete-yaml-json': ['analyze', 'fixtures/logs/athlete.yaml', '--format', 'json'],
  'analyze-broken-text': ['analyze', 'fixtures/logs/broken.csv'],
  'analyze-strava-text': ['analyze', 'fixtures/exports/strava-activities.csv'],
  'analyze-patterns-only': ['analyze', 'fixtures/logs/example.csv', '--patterns-only'],
  'batch-team-text': ['batch', 'fixtures/batch/team', '--jobs', '1'],
  'batch-team-json': ['batch', 'fixtures/batch/team', '--jobs', '1', '--format', 'json'],
  'batch-team-csv': ['batch', 'fixtures/batch/team', '--jobs', '1', '--format', 'csv'],
  'batch-team-markdown': ['batch', 'fixtures/batch/team', '--jobs', '1', '--format', 'markdown'],
  'batch-team-ndjson': ['batch', 'fixtures/batch/team', '--jobs', '1', '--format', 'ndjson'],
  'batch-team-html': ['batch', 'fixtures/batch/team', '--jobs', '1', '--format', 'html'],
  'batch-roster-text': ['batch', '--roster', 'fixtures/batch/roster.yaml', '--jobs', '1'],
  'batch-logs-skipped-text': ['batch', 'fixtures/logs', '--jobs', '1'],
  'batch-logs-skipped-csv': ['batch', 'fixtures/logs', '--jobs', '1', '--format', 'csv'],
  'analyze-example-csv': ['analyze', 'fixtures/logs/example.csv', '--format', 'csv'],
  'analyze-example-ndjson': ['analyze', 'fixtures/logs/example.csv', '--format', 'ndjson'],
  'interview-outer-hip-text': ['interview', '--answers', 'fixtures/answers/outer-hip.yaml'],
  'interview-outer-hip-json': ['interview', '--answers', 'fixtures/answers/outer-hip.yaml', '--format', 'json'],
  'interview-groin-markdown': ['interview', '--answers', 'fixtures/answers/groin-clicking.yaml', '--format', 'markdown'],
  'interview-building-log-text': ['interview', '--answers', 'fixtures/answers/building-walking.yaml', '--log', 'fixtures/logs/example.csv'],
  'interview-mild-log-text': ['interview', '--answers', 'fixtures/answers/mild-settled.yaml', '--log', 'fixtures/logs/example.csv'],
  'interview-fever-html': ['interview', '--answers', 'fixtures/answers/fever.yaml', '--format', 'html'],
  'plan-comeback-text': ['plan', 'fixtures/plan/comeback.csv', '--as-of', '2025-06-13'],
  'plan-comeback-json': ['plan', 'fixtures/plan/comeback.csv', '--as-of', '2025-06-13', '--format', 'json'],
  'plan-comeback-markdown': ['plan', 'fixtures/plan/comeback.csv', '--as-of', '2025-06-13', '--format', 'markdown'],
  'plan-comeback-ics': ['plan', 'fixtures/plan/comeback.csv', '--as-of', '2025-06-13', '--format', 'ics'],
  'plan-example-text': ['plan', 'fixtures/logs/example.csv', '--as-of', '2025-03-31'],
  'plan-example-break-text': ['plan', 'fixtures/logs/example.csv'],
  'plan-miles-text': ['plan', 'fixtures/logs/miles.csv', '--as-of', '2025-04-09'],
};

describe('output snapshots (colour off, 100 columns)', () => {
  for (const [name, args] of Object.entries(CASES)) {
    it(name, async () => {
      await expect(snapshotOf(args)).toMatchFileSnapshot(`${SNAPSHOTS}/${name}.txt`);
    });
  }
});

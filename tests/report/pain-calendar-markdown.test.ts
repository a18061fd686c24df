// The Markdown report's pain calendar carries what the HTML calendar's table does: every day under
// its weekday, with its worst pain, the morning's pain after the day before's run, and rest days.
import { addDays, format, parseISO } from 'date-fns';
import { describe, expect, it } from 'vitest';
import type { PainDay } from '../../src/model/report.js';
import { hipcheck } from '../helpers/cli.js';

describe('analyze --format markdown: the pain calendar table', () => {
  it('each cell is the day\'s worst pain, its morning pain and R on a rest day, as in the JSON', () => {
    const days = (JSON.parse(hipcheck(['analyze', 'fixtures/logs/example.csv', '--format', 'json']).stdout) as { summary: { painDays: PainDay[] } }).summary.painDays;
    const markdown = hipcheck(['analyze', 'fixtures/logs/example.csv', '--format', 'markdown']).stdout;
    const section = markdown.slice(markdown.indexOf('## Pain calendar'), markdown.indexOf('## Acute:chronic ratio'));
    const rows = section.split('\n').filter((line) => /^\| \d{4}-\d\d-\d\d \|/.test(line)).map((line) => line.split('|').slice(1, -1).map((cell) => cell.trim()));
    const cells = new Map<string, string>();
    for (const [monday, ...weekdays] of rows) weekdays.forEach((cell, offset) => cells.set(format(addDays(parseISO(monday!), offset), 'yyyy-MM-dd'), cell));
    expect(days.length).toBe(84);
    for (const day of days) {
      const expected = [day.worst === null ? '–' : String(day.worst), ...(day.nextMorning !== null ? [`(morning ${day.nextMorning})`] : []), ...(day.rest ? ['R'] : [])].join(' ');
      expect(`${day.date} ${cells.get(day.date)}`).toBe(`${day.date} ${expected}`);
    }
    // Days outside the calendar stay blank: the Monday before the first entry.
    expect(cells.get('2025-01-06')).toBe('');
    expect(cells.get('2025-03-31')).toBe('2 (morning 2)');
  });
});

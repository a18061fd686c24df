// The pain calendar's data: which day a pain belongs to, and where the calendar starts and ends.
import { describe, expect, it } from 'vitest';
import { buildCheckContext } from '../../src/checks/types.js';
import { painDays } from '../../src/pipeline/painDays.js';
import { calendarCell } from '../../src/report/painCalendarText.js';
import { daily, logOf, run } from '../helpers/ruleTester.js';

function daysOf(entries: ReturnType<typeof run>[], asOf: string) {
  return painDays(buildCheckContext(logOf(entries), { asOf, baselinePain: 0, units: 'km' }));
}

describe('painDays', () => {
  it('puts next-morning pain on the morning it was felt, and keeps the worst of the day', () => {
    const days = daysOf([run('2025-03-03', 8, { pain: 2, painAfter: 3, painNextDay: 4 }), run('2025-03-04', 5, { pain: 1 })], '2025-03-04');
    expect(days.map((day) => [day.date, day.during, day.after, day.nextMorning, day.worst])).toEqual([
      ['2025-03-03', 2, 3, null, 3],
      // The 1/10 run does not hide the 4/10 morning.
      ['2025-03-04', 1, null, 4, 4],
    ]);
  });

  it('a rest-day record counts for its own day, and the day is a rest day', () => {
    const days = daysOf([run('2025-03-03', 8, { pain: 1 }), run('2025-03-04', 0, { type: 'rest', pain: 5 }), run('2025-03-05', 6, { pain: 0 })], '2025-03-05');
    expect(days[1]).toMatchObject({ date: '2025-03-04', rest: true, restRecord: 5, worst: 5, during: null });
  });

  it('the morning after the as-of day gets a cell when the last run gives it; none otherwise', () => {
    expect(daysOf([run('2025-03-03', 8, { pain: 1, painNextDay: 2 })], '2025-03-03').map((day) => [day.date, day.worst])).toEqual([['2025-03-03', 1], ['2025-03-04', 2]]);
    expect(daysOf([run('2025-03-03', 8, { pain: 1 })], '2025-03-03').map((day) => day.date)).toEqual(['2025-03-03']);
  });

  it('starts at the first entry, or 16 weeks (112 days) before as-of when the log is longer', () => {
    const long = daysOf(daily('2024-10-01', Array.from({ length: 200 }, () => 5)), '2025-04-18');
    expect(long).toHaveLength(112);
    expect(long[0]!.date).toBe('2024-12-28');
    expect(daysOf(daily('2025-03-01', [5, null, 5]), '2025-03-03')[0]!.date).toBe('2025-03-01');
  });

  it('a day without entries is an unlogged rest day, not pain 0', () => {
    const days = daysOf(daily('2025-03-01', [5, null, 5], { pain: 0 }), '2025-03-03');
    expect(days[1]).toMatchObject({ date: '2025-03-02', rest: true, worst: null });
    expect(calendarCell(days[1])).toBe('– R');
    expect(calendarCell(days[0])).toBe('0');
  });
});

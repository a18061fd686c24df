// The plan as an iCalendar file: read back by ical.js, text from the log never shapes the file,
// every line ends in CRLF, and two athletes' plans never share an event id.
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { renderPlanIcs } from '../../src/plan/ics.js';
import type { Plan } from '../../src/plan/types.js';
import { beforeRed, planOf } from './helpers.js';

// ical.js reads properties it does not know as raw text; NAME (RFC 7986) and X-WR-CALNAME are TEXT.
for (const property of ['name', 'x-wr-calname']) ICAL.design.icalendar.property[property] = { defaultType: 'text' };

const plan = () => planOf(beforeRed(), '2025-05-30');
const named = (name: string, source = 'log.csv'): Plan => ({ ...plan(), athlete: { name, source } });

function parsed(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text));
  return { calendar, events: calendar.getAllSubcomponents('vevent').map((component) => new ICAL.Event(component)) };
}

describe('--format ics', () => {
  it('an athlete name with line breaks cannot end the calendar or add events: it stays the calendar\'s name', async () => {
    const hostile = named('Sam\r\nEND:VCALENDAR\r\nBEGIN:VEVENT\r\nSUMMARY:pwn\r\nEND:VEVENT');
    const text = await renderPlanIcs(hostile);
    // One calendar, ended once, at the very end.
    expect(text.match(/^END:VCALENDAR/gm)).toHaveLength(1);
    expect(text.endsWith('END:VCALENDAR\r\n')).toBe(true);
    const { calendar, events } = parsed(text);
    expect(events).toHaveLength(hostile.days.length);
    expect(events.map((event) => event.summary)).not.toContain('pwn');
    // The name is shown whole, its line breaks escaped (as the text plan shows them).
    expect(calendar.getFirstPropertyValue('x-wr-calname')).toBe('hipcheck plan · Sam\\r\\nEND:VCALENDAR\\r\\nBEGIN:VEVENT\\r\\nSUMMARY:pwn\\r\\nEND:VEVENT');
    expect(calendar.getFirstPropertyValue('name')).toBe(calendar.getFirstPropertyValue('x-wr-calname'));
  });

  it('commas, semicolons and backslashes in a name are escaped, and read back as written', async () => {
    const { calendar } = parsed(await renderPlanIcs(named('Rivera, Sam; C:\\runs')));
    expect(calendar.getFirstPropertyValue('x-wr-calname')).toBe('hipcheck plan · Rivera, Sam; C:\\runs');
  });

  it('every line ends in CRLF, the last one too (RFC 5545 § 3.1)', async () => {
    const text = await renderPlanIcs(plan());
    expect(text.endsWith('\r\n')).toBe(true);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  });

  it('event ids: stable for one athlete and log, different for another athlete or log, one per day', async () => {
    const uids = async (p: Plan, logKey?: string) => parsed(await renderPlanIcs(p, logKey ? { logKey } : {})).events.map((event) => event.uid);
    const sam = await uids(named('Sam'), '/logs/sam.csv');
    expect(new Set(sam).size).toBe(sam.length);
    expect(await uids(named('Sam'), '/logs/sam.csv')).toEqual(sam);
    for (const uid of sam) expect(uid).toMatch(/^hipcheck-plan-[0-9a-f]{16}-\d{4}-\d\d-\d\d@hipcheck$/);
    const ana = await uids(named('Ana'), '/logs/ana.csv');
    const otherLog = await uids(named('Sam'), '/elsewhere/sam.csv');
    for (const other of [ana, otherLog]) expect(other.filter((uid) => sam.includes(uid))).toEqual([]);
  });
});

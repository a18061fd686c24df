// The plan as an iCalendar file a phone calendar imports: one all-day event per day, written by
// ical-generator (loaded only for --format ics, so start-up stays fast).
// - Text from the log (the athlete's name) never shapes the file: ical-generator escapes event
//   text itself, but writes the calendar's name as given, so the name goes through the
//   library's own `escape` (a line break becomes \n, and cannot end the calendar early).
// - Every line ends in CRLF, the last one too (RFC 5545 § 3.1).
// - Each event's UID is the athlete's key (a hash of the name and the log's path), the day and
//   "plan": stable, so importing an updated plan replaces that day's event instead of adding a
//   second, and two athletes' plans never share one. The stamp is the plan's first day, so the
//   same plan gives the same file.
import { createHash } from 'node:crypto';
import { visibleDeep } from '../util/visible.js';
import type { Plan } from './types.js';

/** Midnight UTC of a calendar day: ical-generator writes an all-day date from its UTC day. */
const utcDay = (date: string) => new Date(`${date}T00:00:00Z`);

export interface IcsOptions {
  /** What tells this runner's plans from another's: the log's absolute path, else its name as given. */
  logKey?: string;
}

/** A short, stable hash of the athlete and their log: the same runner and log give the same UIDs. */
export function athleteKey(plan: Plan, logKey = plan.athlete.source): string {
  return createHash('sha256').update(`${plan.athlete.name}\u0000${logKey}`).digest('hex').slice(0, 16);
}

export async function renderPlanIcs(unsafe: Plan, options: IcsOptions = {}): Promise<string> {
  const { default: ical, escape } = await import('ical-generator');
  // Control characters from the log are shown escaped, as in the text plan; iCalendar text may not hold them.
  const plan = visibleDeep(unsafe);
  const calendar = ical({ name: escape(`hipcheck plan · ${plan.athlete.name}`, false), prodId: { company: 'hipcheck', product: 'plan', language: 'EN' } });
  const key = athleteKey(unsafe, options.logKey);
  for (const day of plan.days) {
    calendar.createEvent({
      id: `hipcheck-plan-${key}-${day.date}@hipcheck`,
      start: utcDay(day.date),
      allDay: true,
      stamp: utcDay(plan.startDay),
      summary: `hipcheck: ${day.title}`,
      description: [...day.details, ...day.log.map((item) => `Log: ${item}`), plan.headline].join('\n'),
    });
  }
  // ical-generator ends the last line (END:VCALENDAR) without its CRLF.
  return `${calendar.toString().replace(/\r?\n?$/, '')}\r\n`;
}

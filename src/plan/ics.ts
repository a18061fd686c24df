// The plan as an iCalendar file a phone calendar imports: one all-day event per day, written by
// ical-generator (loaded only for --format ics, so start-up stays fast). Events have fixed ids
// and time stamps, so the same plan gives the same file, and importing an updated plan replaces
// a day's event instead of adding a second one.
import type { Plan } from './types.js';

/** Midnight UTC of a calendar day: ical-generator writes an all-day date from its UTC day. */
const utcDay = (date: string) => new Date(`${date}T00:00:00Z`);

export async function renderPlanIcs(plan: Plan): Promise<string> {
  const { default: ical } = await import('ical-generator');
  const calendar = ical({ name: `hipcheck plan · ${plan.athlete.name}`, prodId: { company: 'hipcheck', product: 'plan', language: 'EN' } });
  for (const day of plan.days) {
    calendar.createEvent({
      id: `hipcheck-plan-${day.date}@hipcheck`,
      start: utcDay(day.date),
      allDay: true,
      stamp: utcDay(plan.startDay),
      summary: `hipcheck: ${day.title}`,
      description: [...day.details, ...day.log.map((item) => `Log: ${item}`), plan.headline].join('\n'),
    });
  }
  return calendar.toString();
}

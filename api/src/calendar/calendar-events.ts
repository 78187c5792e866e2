import { createHash } from 'node:crypto';
import { createEvents, type DateArray, type EventAttributes } from 'ics';
import { addCalendarDays } from '@ws/domain';

// SPEC §2: the partnership's dates as an iCalendar feed. Every event keeps the same
// uid across downloads, so that calendar clients update it rather than duplicate it.

export const CALENDAR_UID_DOMAIN = '4m4iof.example';

export interface CalendarSession {
  id: number;
  date: string;
  place: string | null;
  link: string | null;
  agenda: string[];
  closed: boolean;
}

export interface CalendarMilestone {
  actionId: number;
  code: string;
  actionTitle: string;
  title: string;
  dueDate: string;
  doneDate: string | null;
}

export interface CalendarDecision {
  id: number;
  sessionDate: string;
  text: string;
  ownerName: string;
  dueDate: string;
  actionCode: string | null;
}

const day = (date: string): DateArray => {
  const [year, month, dayOfMonth] = date.split('-').map(Number);
  return [year, month, dayOfMonth];
};
/** An all-day event on a Brussels calendar day. */
const allDay = (date: string) => ({
  start: day(date),
  end: day(addCalendarDays(date, 1)),
});
const uid = (kind: string, key: string | number) =>
  `${kind}-${key}@${CALENDAR_UID_DOMAIN}`;
// Milestones are rewritten when their action is edited: their uid comes from the action and title.
const milestoneKey = (m: CalendarMilestone) =>
  `${m.actionId}-${createHash('sha256').update(m.title).digest('hex').slice(0, 16)}`;

export function calendarEvents(
  partnership: string,
  items: {
    sessions: CalendarSession[];
    milestones: CalendarMilestone[];
    decisions: CalendarDecision[];
  },
): EventAttributes[] {
  return [
    ...items.sessions.map(
      (s): EventAttributes => ({
        ...allDay(s.date),
        uid: uid('working-session', s.id),
        title: `${partnership} steering committee`,
        description: s.agenda.length
          ? `Agenda:\n${s.agenda.map((item, i) => `${i + 1}. ${item}`).join('\n')}`
          : undefined,
        location: s.place ?? undefined,
        url: s.link ?? undefined,
        status: 'CONFIRMED',
        categories: ['Working session'],
      }),
    ),
    ...items.milestones.map(
      (m): EventAttributes => ({
        ...allDay(m.dueDate),
        uid: uid('milestone', milestoneKey(m)),
        title: `${m.code} milestone: ${m.title}${m.doneDate ? ' (done)' : ''}`,
        description: `${m.code} ${m.actionTitle}`,
        transp: 'TRANSPARENT',
        categories: ['Milestone'],
      }),
    ),
    ...items.decisions.map(
      (d): EventAttributes => ({
        ...allDay(d.dueDate),
        uid: uid('decision', d.id),
        title: `Decision due (${d.ownerName}): ${d.text.split('\n')[0]}`,
        description: `Decided at the working session of ${d.sessionDate}: ${d.text}${d.actionCode ? `\nFollow-up action: ${d.actionCode}` : ''}`,
        transp: 'TRANSPARENT',
        categories: ['Decision'],
      }),
    ),
  ];
}

export function renderCalendar(
  partnership: string,
  events: EventAttributes[],
): string {
  const { error, value } = createEvents(events, {
    productId: `-//${partnership}//Roadmap//EN`,
    calName: partnership,
  });
  if (error || value === null) throw error ?? new Error('No calendar');
  return value;
}

import { NotificationView, brusselsDate, isCalendarDate } from '@ws/domain';
import { formatCalendarDate } from '../shared/calendar-date';

/** The key of a notification's sentence in the notifications scope. */
export const messageKey = (notification: NotificationView) =>
  `kind.${notification.kind}`;

/** The facts of a notification, with its dates written for the reader. */
export function messageParams(
  notification: NotificationView,
  locale: string,
): Record<string, string> {
  return Object.fromEntries(
    Object.entries(notification.data).map(([key, value]) => {
      if (value === null) return [key, ''];
      // An instant (the last update of a stale action) is shown as its Brussels day.
      const day = /^\d{4}-\d{2}-\d{2}T/.test(value)
        ? brusselsDate(new Date(value))
        : value;
      return [
        key,
        key !== 'code' && isCalendarDate(day)
          ? formatCalendarDate(day, locale)
          : value,
      ];
    }),
  );
}

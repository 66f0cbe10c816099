import type { TFunction } from 'i18next';

/** How long a question has waited, in days and hours: "2 døgn og 1 time". */
export function waitedText(t: TFunction, hours: number): string {
  const days = Math.floor(hours / 24);
  const rest = hours % 24;
  if (days === 0) return t('teamwork.start.waitedHours', { count: rest });
  if (rest === 0) return t('teamwork.start.waitedDays', { count: days });
  return t('teamwork.start.waitedDaysAndHours', {
    days: t('teamwork.start.days', { count: days }),
    count: rest,
  });
}

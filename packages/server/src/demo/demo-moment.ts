import { osloLocalToInstant } from '@ips-bridge/domain';

/**
 * When a demo record was written: the given Oslo wall-clock time on a demo day, but never later than a minute before
 * `now`. The demo is seeded relative to today's Oslo date, so a fixed time of day (say 09:00) can still lie ahead when
 * the seed runs early in the morning or just after midnight; a record "saved" in the future would then sort above
 * everything the user saves next.
 */
export function demoMoment(date: string, time: string, now: Date = new Date()): Date {
  const instant = osloLocalToInstant(`${date}T${time}`);
  if (!instant) throw new Error(`no such Oslo time: ${date} ${time}`);
  const latest = now.getTime() - 60_000;
  return instant.getTime() <= latest ? instant : new Date(latest);
}

import { addDays, daysBetween, type LocalDate } from '../shared/local-date.ts';

/**
 * Job development: employment specialists meet employers face to face to learn their needs and to find jobs that
 * match participants' preferences. IPS fidelity targets (IPS-25, items on job development): at least 6
 * face-to-face employer contacts per specialist per week, and the first employer contact within 30 days of referral
 * (shared/reference/ips-model.md).
 */
export const WEEKLY_FACE_TO_FACE_TARGET = 6;
export const FIRST_EMPLOYER_CONTACT_TARGET_DAYS = 30;

export const CONTACT_PURPOSES = [
  'get_to_know',
  'job_development',
  'placement',
  'follow_up',
  'other',
] as const;
export type ContactPurpose = (typeof CONTACT_PURPOSES)[number];

/** The Monday that starts the ISO week of a date (weeks in Norway start on Monday). */
export function weekStart(date: LocalDate): LocalDate {
  const d = new Date(`${date}T00:00:00Z`);
  const offset = (d.getUTCDay() + 6) % 7;
  d.setUTCDate(d.getUTCDate() - offset);
  return d.toISOString().slice(0, 10);
}

export interface WeekSummary {
  weekStart: LocalDate;
  faceToFace: number;
  other: number;
  meetsTarget: boolean;
}

export function summariseWeek(
  weekStartDate: LocalDate,
  contacts: ReadonlyArray<{ date: LocalDate; faceToFace: boolean }>,
): WeekSummary {
  const end = addDays(weekStartDate, 7);
  const inWeek = contacts.filter(
    (c) => daysBetween(weekStartDate, c.date) >= 0 && daysBetween(c.date, end) > 0,
  );
  const faceToFace = inWeek.filter((c) => c.faceToFace).length;
  return {
    weekStart: weekStartDate,
    faceToFace,
    other: inWeek.length - faceToFace,
    meetsTarget: faceToFace >= WEEKLY_FACE_TO_FACE_TARGET,
  };
}

export function daysToFirstEmployerContact(
  referralDate: LocalDate,
  firstContact: LocalDate | null,
): number | null {
  return firstContact === null ? null : daysBetween(referralDate, firstContact);
}

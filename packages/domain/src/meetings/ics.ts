import { instantToOsloLocal } from './oslo-time.ts';

/**
 * The meeting invitation as an iCalendar file (RFC 5545), with iTIP methods (RFC 5546): METHOD:REQUEST for a new
 * or changed meeting, METHOD:CANCEL for a cancelled one. The UID stays the same for the life of a meeting and
 * SEQUENCE rises with every change, so calendars update the entry they already have instead of adding another.
 * Times are Oslo wall-clock times with TZID=Europe/Oslo and a VTIMEZONE stating Norway's rule (CET/CEST, changing
 * on the last Sunday of March and October), so a calendar without its own zone data still places them right.
 * People are named by display name and a urn:uuid of their user id: no e-mail addresses or other personal data.
 */

export interface IcsMeeting {
  uid: string;
  sequence: number;
  cancelled: boolean;
  start: Date;
  end: Date;
  /** When the invitation was last changed (DTSTAMP). */
  stamp: Date;
  summary: string;
  description: string;
  location: string | null;
  url: string | null;
  organizer: { id: string; name: string };
  attendees: ReadonlyArray<{ id: string; name: string }>;
}

/** RFC 5545 §3.3.11: backslash, semicolon and comma are escaped; line breaks become \n. */
export function escapeText(value: string): string {
  return value
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n');
}

/** A parameter value (CN=…) is quoted and may hold no double quote or control character (RFC 5545 §3.2). */
function paramValue(value: string): string {
  return `"${value.replace(/["\p{Cc}]/gu, '')}"`;
}

/**
 * RFC 5545 §3.1: content lines longer than 75 octets are folded with CRLF and one space. Folding never splits a
 * UTF-8 character (ø, å and æ are two octets).
 */
export function foldLine(line: string): string {
  const encoder = new TextEncoder();
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  for (const ch of line) {
    const size = encoder.encode(ch).length;
    const limit = parts.length === 0 ? 75 : 74; // continuation lines start with a space
    if (octets + size > limit) {
      parts.push(current);
      current = '';
      octets = 0;
    }
    current += ch;
    octets += size;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

function utcStamp(at: Date): string {
  return at
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');
}

function osloStamp(at: Date): string {
  return `${instantToOsloLocal(at).replace(/[-:]/g, '')}00`;
}

const VTIMEZONE_OSLO = [
  'BEGIN:VTIMEZONE',
  'TZID:Europe/Oslo',
  'BEGIN:DAYLIGHT',
  'TZOFFSETFROM:+0100',
  'TZOFFSETTO:+0200',
  'TZNAME:CEST',
  'DTSTART:19810329T020000',
  'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU',
  'END:DAYLIGHT',
  'BEGIN:STANDARD',
  'TZOFFSETFROM:+0200',
  'TZOFFSETTO:+0100',
  'TZNAME:CET',
  'DTSTART:19961027T030000',
  'RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU',
  'END:STANDARD',
  'END:VTIMEZONE',
];

export function buildMeetingIcs(meeting: IcsMeeting): string {
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//IPS Bridge//Meetings//NB',
    'CALSCALE:GREGORIAN',
    `METHOD:${meeting.cancelled ? 'CANCEL' : 'REQUEST'}`,
    ...VTIMEZONE_OSLO,
    'BEGIN:VEVENT',
    `UID:${meeting.uid}`,
    `SEQUENCE:${meeting.sequence}`,
    `DTSTAMP:${utcStamp(meeting.stamp)}`,
    `DTSTART;TZID=Europe/Oslo:${osloStamp(meeting.start)}`,
    `DTEND;TZID=Europe/Oslo:${osloStamp(meeting.end)}`,
    `SUMMARY:${escapeText(meeting.summary)}`,
    `DESCRIPTION:${escapeText(meeting.description)}`,
    ...(meeting.location ? [`LOCATION:${escapeText(meeting.location)}`] : []),
    ...(meeting.url ? [`URL:${meeting.url}`] : []),
    `ORGANIZER;CN=${paramValue(meeting.organizer.name)}:urn:uuid:${meeting.organizer.id}`,
    ...meeting.attendees.map(
      (a) => `ATTENDEE;CN=${paramValue(a.name)};ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION:urn:uuid:${a.id}`,
    ),
    `STATUS:${meeting.cancelled ? 'CANCELLED' : 'CONFIRMED'}`,
    'END:VEVENT',
    'END:VCALENDAR',
  ];
  return `${lines.map(foldLine).join('\r\n')}\r\n`;
}

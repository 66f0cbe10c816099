import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { buildMeetingIcs, escapeText, foldLine, type IcsMeeting } from './ics.ts';

const base: IcsMeeting = {
  uid: '7d9c0f5e-1111-4222-8333-944455556666@ips-bridge',
  sequence: 0,
  cancelled: false,
  start: new Date('2026-10-23T08:00:00Z'),
  end: new Date('2026-10-23T09:00:00Z'),
  stamp: new Date('2026-10-01T12:00:00Z'),
  summary: 'Samarbeidsmøte',
  description: 'Formål: avklare økonomi; arbeidstid, og neste steg\nTa med spørsmål',
  location: 'NAV Grünerløkka, møterom 2',
  url: null,
  organizer: { id: '00000000-0000-4000-8000-000000000001', name: 'Siri Spesialist' },
  attendees: [
    { id: '00000000-0000-4000-8000-000000000002', name: 'Jonas "J" Søker' },
    { id: '00000000-0000-4000-8000-000000000003', name: 'Nora NAV' },
  ],
};

function parse(ics: string) {
  const calendar = new ICAL.Component(ICAL.parse(ics));
  const zone = new ICAL.Timezone(calendar.getFirstSubcomponent('vtimezone') as ICAL.Component);
  ICAL.TimezoneService.register(zone, 'Europe/Oslo');
  const vevent = calendar.getFirstSubcomponent('vevent') as ICAL.Component;
  return { calendar, event: new ICAL.Event(vevent), vevent };
}

describe('meeting invitation (ICS)', () => {
  it.each([
    {
      name: 'before the October change (CEST)',
      start: '2026-10-23T08:00:00Z',
      local: '10:00',
      utc: '2026-10-23T08:00:00Z',
    },
    {
      name: 'after the October change (CET)',
      start: '2026-10-30T09:00:00Z',
      local: '10:00',
      utc: '2026-10-30T09:00:00Z',
    },
    {
      name: 'before the March change (CET)',
      start: '2027-03-26T09:00:00Z',
      local: '10:00',
      utc: '2027-03-26T09:00:00Z',
    },
    {
      name: 'after the March change (CEST)',
      start: '2027-04-02T08:00:00Z',
      local: '10:00',
      utc: '2027-04-02T08:00:00Z',
    },
  ])('$name: 10:00 in Oslo parses back to $utc', ({ start, local, utc }) => {
    const s = new Date(start);
    const ics = buildMeetingIcs({ ...base, start: s, end: new Date(s.getTime() + 3_600_000) });
    expect(ics).toContain(
      `DTSTART;TZID=Europe/Oslo:${start.slice(0, 10).replace(/-/g, '')}T${local.replace(':', '')}00`,
    );
    const { event } = parse(ics);
    expect(event.startDate.toJSDate().toISOString()).toBe(new Date(utc).toISOString());
    expect(event.endDate.toJSDate().getTime() - event.startDate.toJSDate().getTime()).toBe(3_600_000);
  });

  it('keeps UID, raises SEQUENCE and says CANCEL for a cancellation', () => {
    const { calendar, event } = parse(buildMeetingIcs({ ...base, sequence: 3, cancelled: true }));
    expect(calendar.getFirstPropertyValue('method')).toBe('CANCEL');
    expect(event.uid).toBe(base.uid);
    expect(event.sequence).toBe(3);
    expect(event.component.getFirstPropertyValue('status')).toBe('CANCELLED');
  });

  it('round-trips text with commas, semicolons, newlines and Norwegian letters', () => {
    const { event } = parse(buildMeetingIcs(base));
    expect(event.description).toBe(base.description);
    expect(event.location).toBe(base.location);
    expect(event.attendees).toHaveLength(2);
    expect(event.attendees[0]?.getParameter('cn')).toBe('Jonas J Søker');
  });

  it('folds every line at 75 octets with CRLF and never splits a character', () => {
    const ics = buildMeetingIcs({ ...base, description: 'æøå '.repeat(80) });
    for (const line of ics.split('\r\n'))
      expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
    expect(parse(ics).event.description).toBe('æøå '.repeat(80));
  });

  it.each([
    { raw: 'a,b;c\\d\ne', escaped: 'a\\,b\\;c\\\\d\\ne' },
    { raw: 'plain', escaped: 'plain' },
  ])('escapes $raw', ({ raw, escaped }) => {
    expect(escapeText(raw)).toBe(escaped);
  });

  it('leaves a short line alone', () => {
    expect(foldLine('SUMMARY:x')).toBe('SUMMARY:x');
  });
});

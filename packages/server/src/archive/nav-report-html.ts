import type { NavReportFacts } from '@ips-bridge/domain';

const escapeHtml = (text: string) =>
  text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;');

const list = (items: string[]) =>
  items.length === 0 ? '<p>Ingen.</p>' : `<ul>${items.map((i) => `<li>${escapeHtml(i)}</li>`).join('')}</ul>`;

/** The archived copy of a report to NAV, in bokmål (NAV's working language), as a self-contained HTML page. */
export function navReportHtml(input: {
  participantName: string;
  kind: 'interval' | 'end';
  facts: NavReportFacts;
  summaryText: string;
  nextStepsText: string;
  jobseekerComment: string | null;
  sentOn: string;
}): string {
  const f = input.facts;
  const title = `${input.kind === 'end' ? 'Sluttrapport' : 'Underveisrapport'} IPS – ${input.participantName}`;
  return `<!doctype html><html lang="nb"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title></head><body>
<h1>${escapeHtml(title)}</h1>
<p>Periode: ${escapeHtml(f.period.from)} – ${escapeHtml(f.period.to)}. Sendt ${escapeHtml(input.sentOn)}.</p>
<h2>Oppsummering</h2><p>${escapeHtml(input.summaryText) || 'Ingen tekst.'}</p>
<h2>Fase</h2><p>Ved periodens start: ${escapeHtml(f.phaseAtStart ?? 'ikke registrert')}. Ved periodens slutt: ${escapeHtml(f.phaseAtEnd ?? 'ikke registrert')}.</p>
${list(f.phaseChanges.map((p) => `${p.on}: ${p.phase}`))}
<h2>Mål</h2>${list(f.goals.map((g) => `${g.text} (${g.status})`))}
<h2>Gjennomførte steg</h2>${list(f.stepsDone.map((s) => `${s.on}: ${s.text}`))}
<h2>Arbeidsgiverkontakter</h2><p>${f.employerContacts.total} kontakter, ${f.employerContacts.faceToFace} ansikt til ansikt.</p>${list(f.employerContacts.employers)}
<h2>Jobber</h2>${list([
    ...f.jobsStarted.map(
      (j) => `Startet ${j.startDate}: ${j.title}, ${j.employerName}, ${j.hoursPerWeek} t/uke`,
    ),
    ...f.jobsEnded.map(
      (j) => `Avsluttet ${j.endDate}: ${j.title}, ${j.employerName}${j.endReason ? ` (${j.endReason})` : ''}`,
    ),
    ...f.ongoingJobs.map((j) => `Pågår: ${j.title}, ${j.employerName}, ${j.hoursPerWeek} t/uke`),
  ])}
<h2>Oppfølging i jobb</h2><p>${f.supportContacts.total} kontakter, ${f.supportContacts.faceToFace} ansikt til ansikt.</p>
<h2>Videre plan</h2><p>${escapeHtml(input.nextStepsText) || 'Ingen tekst.'}</p>${list(f.nextSteps.map((s) => `${s.text}${s.dueDate ? ` (innen ${s.dueDate})` : ''}`))}
<h2>Deltakerens kommentar</h2><p>${input.jobseekerComment ? escapeHtml(input.jobseekerComment) : 'Ingen kommentar.'}</p>
</body></html>`;
}

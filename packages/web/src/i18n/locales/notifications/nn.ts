import type { notificationsNb } from './nb.ts';

/** Norsk nynorsk: notifications and contact preferences, the `notifications` section of the catalogue. */
export const notificationsNn: typeof notificationsNb = {
  heading: 'Varsel',
  intro:
    'Her ser du når det har skjedd noko nytt. Varselet seier ikkje kva det gjeld. Det ser du når du opnar det.',
  loading: 'Hentar varsla …',
  loadError: 'Vi fekk ikkje henta varsla.',
  empty: 'Du har ingen varsel.',
  unreadCount_one: '{{count}} ulese',
  unreadCount_other: '{{count}} ulesne',
  unread: 'Ulese',
  markAllRead: 'Merk alle som lesne',
  open: 'Opne',
  about: 'Gjeld {{name}}',
  kind: {
    message: 'Du har ei ny melding.',
    meeting_invitation: 'Du er invitert til eit møte.',
    meeting_changed: 'Eit møte er endra.',
    meeting_cancelled: 'Eit møte er avlyst.',
    step_due: 'Eit steg i planen skal snart vere gjort.',
    action_due: 'Ei oppgåve frå eit møte skal snart vere gjort.',
    meeting_expectations_due: 'Eit møte nærmar seg: sei kva du treng frå det.',
  },
  contact: {
    heading: 'Slik vil du få beskjed',
    intro:
      'Du får alltid varsel her i appen. Du kan også få ein kort beskjed på e-post eller SMS. Beskjeden seier berre at noko er nytt. Han seier aldri kva det gjeld.',
    loading: 'Hentar vala dine …',
    loadError: 'Vi fekk ikkje henta vala dine.',
    channels: 'Få beskjed',
    email: 'På e-post',
    emailAddress: 'E-postadresse',
    sms: 'På SMS',
    phone: 'Mobilnummer',
    noDigital: 'Ikkje kontakt meg digitalt',
    noDigitalHelp: 'Då får du ingen e-post eller SMS frå oss. Du ser framleis varsel når du loggar inn.',
    save: 'Lagre vala',
    saved: 'Vala dine er lagra.',
    activeNone: 'No får du berre varsel i appen.',
    activeEmail: 'No får du også beskjed på e-post.',
    activeSms: 'No får du også beskjed på SMS.',
    activeBoth: 'No får du også beskjed på e-post og SMS.',
    entryLink: 'Varsel og korleis vi kontaktar deg',
  },
};

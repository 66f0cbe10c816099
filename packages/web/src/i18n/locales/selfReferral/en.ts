import type { CatalogueShape } from '../../catalogue.ts';
import type { selfReferralNb } from './nb.ts';

/** English: the public self-referral page. The calmest text in the product: short sentences, everyday words, and no questions about whether someone is "ready". */
export const selfReferralEn: CatalogueShape<typeof selfReferralNb> = {
  title: 'Get help finding work',
  heading: 'Get help finding work',
  lead: 'Do you want an ordinary paid job? An IPS team can help you find a job and keep it.',
  everyone: 'Everyone who wants to work can ask for help. You do not need to be well first. It is free.',
  nextHeading: 'What happens next',
  nextSteps: {
    send: 'You fill in the form below. It takes a few minutes.',
    call: 'Someone from the team will call you within a week.',
    talk: 'You talk together about the kind of work you want. You decide.',
  },
  formHeading: 'About you',
  team: 'Which team do you want help from?',
  teamDescription: 'Choose the team nearest to where you live. The teams are sorted by county.',
  chooseTeam: 'Choose a team',
  otherRegion: 'Other places',
  givenName: 'First name',
  familyName: 'Last name',
  contactLegend: 'How can we reach you?',
  contactDescription: 'Write a phone number, an e-mail address, or both.',
  phone: 'Phone number',
  email: 'E-mail address',
  message: 'Anything you want to tell us? (optional)',
  messageDescription: 'For example when it is best to call you. You do not need to write about your health.',
  privacy: 'Only the IPS team you choose sees what you write here. We only use it to contact you.',
  submit: 'Send',
  loadingTeams: 'Getting the teams …',
  teamsError: 'We could not get the teams right now.',
  received: {
    heading: 'Thank you! We have got your message.',
    callWithinWeek: 'Someone from {{team}} will call you within a week.',
    writeWithinWeek: 'Someone from {{team}} will e-mail you within a week.',
    nothingMore: 'You do not need to do anything more now.',
  },
  tooMany: {
    heading: 'The form has been sent many times',
    text: 'Many forms have been sent from here in the last hour. Please wait an hour, and try again.',
  },
  errors: {
    team: 'Choose the team you want help from.',
    givenName: 'Write your first name.',
    familyName: 'Write your last name.',
    contact: 'Write your phone number or your e-mail address, so the team can reach you.',
  },
  haveAccount: 'Do you already have an account?',
  logIn: 'Log in',
};

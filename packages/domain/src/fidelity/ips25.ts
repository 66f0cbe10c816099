import type {
  AnchorStatus,
  FidelityAnchor,
  FidelityIndicatorKey,
  FidelityItem,
  FidelityScale,
  FidelitySection,
  LocalisedText,
} from './scale-types.ts';

// The default IPS-25 data. Every text here is a short summary in our own words (never the manual's wording, which
// may not be reproduced without permission); the numbers and elements are facts from the sources named per anchor.
// Verification status per anchor: shared/reference/fidelity-verification.md §3, summarised in docs/fidelity.md.
// Change any anchor, band or label → bump SCALE_VERSION.

export const SCALE_VERSION = 'ips25-2008/bridge-1';

/** 2008 edition of the 25-item scale, as read in a public copy (items 1–3 only). */
const SRC_2008 = 'https://docest.com/doc/579261/supported-employment-fidelity-scale-1';
const SRC_UK = 'https://www.centreformentalhealth.org.uk/the-ips-fidelity-scale';
/** Oregon adaptation of the scale: the ladder for the vocational-generalist item. */
const SRC_OREGON = 'https://info.5y1.org/what-is-a-scale-score_1_5e211d.html';
const SRC_UNIT =
  'http://ipsworks.nyspi.org/index.php/faq-items/why-do-you-have-to-have-two-employment-specialists-for-supported-employment/';
const SRC_SUPERVISION =
  'http://www.institutebestpractices.org/ipe-se/resources-and-training/outcome-based-supervision/';
const SRC_BENEFITS = 'https://www.institutebestpractices.org/benefits-counseling';
const SRC_SUPPORTS =
  'http://ipsworks.nyspi.org/index.php/faq-items/what-type-of-job-supports-do-employment-specialists-provide/';
const SRC_COMMUNITY = 'https://casconnections.org/supported-employment-job-description/';
/** The Norwegian form (2008) where the names of items 1–3 were read. */
export const SRC_NORWEGIAN_FORM =
  'http://docplayer.me/3355425-Kvalitetsskalaen-i-ips-07-01-2008-evaluator-organisasjon-dato-totalskare-individual-placement-and-support-kvalitetsskala-1.html';
const SRC_FAIR_BAND =
  'https://businessdocbox.com/amp/85453752-Human_Resources/Specialist-is-20-or-fewer-clients-3-ratio-of-clients-per-employment-specialist.html';
const SRC_GOOD_BAND = 'https://ipsgrow.org.uk/providers/fidelity-reviews/';
const SRC_NOT_IPS =
  'https://gov.scot/publications/review-ips-delivery-within-fair-start-scotland-findings-recommendations/pages/7';

type AnchorRow = readonly [nb: string, en: string];

/** Anchors 1–5 from five rows (score 1 first), all with one status and source. */
function ladder(status: AnchorStatus, source: string | null, rows: readonly AnchorRow[]): FidelityAnchor[] {
  return rows.map(([nb, en], i) => ({
    score: (i + 1) as FidelityAnchor['score'],
    text: { nb, en },
    status,
    source,
  }));
}

/** Anchors where only the top (5) is corroborated by a source and 1–4 are from recollection. */
function topCorroborated(source: string, rows: readonly AnchorRow[]): FidelityAnchor[] {
  return ladder('unverified', null, rows).map((a) =>
    a.score === 5 ? { ...a, status: 'paraphrased' as const, source } : a,
  );
}

/** "1 = none or one element … 5 = all five" ladders (several organisation items). */
function elementLadder(total: number, nbWhat: string, enWhat: string): AnchorRow[] {
  const counts = total === 5 ? [1, 2, 3, 4, 5] : [total - 4, total - 3, total - 2, total - 1, total];
  return counts.map((n, i) => {
    if (i === 0) return [`${n} eller færre av ${total} ${nbWhat}`, `${n} or fewer of ${total} ${enWhat}`];
    if (i === 4) return [`Alle ${total} ${nbWhat}`, `All ${total} ${enWhat}`];
    return [`${n} av ${total} ${nbWhat}`, `${n} of ${total} ${enWhat}`];
  });
}

function item(
  number: number,
  section: FidelitySection,
  name: LocalisedText,
  anchors: FidelityAnchor[],
  indicators: FidelityIndicatorKey[] = [],
  nameNbStatus: FidelityItem['nameNbStatus'] = 'translated',
): FidelityItem {
  return { number, section, name, nameNbStatus, anchors, indicators };
}

const PERCENT_LADDER = (nb: string, en: string): AnchorRow[] => [
  [`Under 50 % ${nb}`, `Under 50 % ${en}`],
  [`50–59 % ${nb}`, `50–59 % ${en}`],
  [`60–69 % ${nb}`, `60–69 % ${en}`],
  [`70–84 % ${nb}`, `70–84 % ${en}`],
  [`85–100 % ${nb}`, `85–100 % ${en}`],
];

export const IPS25_SCALE: FidelityScale = {
  id: 'ips-25',
  version: SCALE_VERSION,
  title: { nb: 'IPS-kvalitetsskalaen (25 punkter)', en: 'IPS fidelity scale (25 items)' },
  edition: 'Supported Employment Fidelity Scale, 2008 revision (IPS-25)',
  bands: [
    {
      band: 'exemplary',
      min: 115,
      label: { nb: 'Svært god kvalitet', en: 'Exemplary fidelity' },
      // The label is in the UK score sheet; the 115 cut-off was not seen in any text.
      status: 'paraphrased',
      source: SRC_FAIR_BAND,
    },
    {
      band: 'good',
      min: 100,
      label: { nb: 'God kvalitet', en: 'Good fidelity' },
      status: 'verified',
      source: SRC_GOOD_BAND,
    },
    {
      band: 'fair',
      min: 74,
      label: { nb: 'Middels kvalitet', en: 'Fair fidelity' },
      status: 'verified',
      source: SRC_FAIR_BAND,
    },
    {
      band: 'not_ips',
      min: 25,
      label: { nb: 'Ikke IPS', en: 'Not IPS supported employment' },
      // The label is a review outcome in the Scottish review; ≤ 73 follows from fair starting at 74.
      status: 'paraphrased',
      source: SRC_NOT_IPS,
    },
  ],
  items: [
    // Staffing
    item(
      1,
      'staffing',
      { nb: 'Størrelse på portefølje', en: 'Caseload size' },
      ladder('verified', SRC_2008, [
        ['41 eller flere deltakere per jobbspesialist', '41 or more clients per specialist'],
        ['31–40 deltakere per jobbspesialist', '31–40 clients per specialist'],
        ['26–30 deltakere per jobbspesialist', '26–30 clients per specialist'],
        ['21–25 deltakere per jobbspesialist', '21–25 clients per specialist'],
        [
          'Høyst 20 aktive deltakere per heltids jobbspesialist',
          'At most 20 active clients per full-time specialist',
        ],
      ]).map((a) => ({ ...a, source: a.score === 5 ? SRC_UK : SRC_2008 })),
      ['caseload'],
      'verified',
    ),
    item(
      2,
      'staffing',
      { nb: 'Ansatte som yter arbeidsrettede tjenester', en: 'Employment services staff' },
      ladder('verified', SRC_2008, [
        ['Under 60 % av tiden til arbeidsrettede tjenester', 'Under 60 % of time on employment services'],
        ['60–74 % av tiden til arbeidsrettede tjenester', '60–74 % of time on employment services'],
        ['75–89 % av tiden til arbeidsrettede tjenester', '75–89 % of time on employment services'],
        ['90–95 % av tiden til arbeidsrettede tjenester', '90–95 % of time on employment services'],
        ['Minst 96 % av tiden til arbeidsrettede tjenester', 'At least 96 % of time on employment services'],
      ]),
      [],
      'verified',
    ),
    item(
      3,
      'staffing',
      { nb: 'Jobbspesialistenes arbeidsoppgaver', en: 'Vocational generalists' },
      ladder('paraphrased', SRC_OREGON, [
        [
          'Jobbspesialisten henviser bare videre til andre tilbud',
          'The specialist only refers clients on to other providers',
        ],
        [
          'Har egen portefølje, men henviser til andre for selve tjenesten',
          'Keeps a caseload but refers clients elsewhere for the service',
        ],
        ['Utfører én til fire av fasene selv', 'Carries out one to four of the phases'],
        [
          'Utfører fem av fasene, men ikke hele tjenesten',
          'Carries out five phases but not the whole service',
        ],
        [
          'Utfører alle faser: inntak, engasjering, kartlegging, jobbutvikling, jobbstøtte og oppfølging',
          'Carries out all phases: intake, engagement, assessment, job development, job coaching, follow-along',
        ],
      ]),
      [],
      'verified',
    ),
    // Organisation
    item(
      4,
      'organisation',
      {
        nb: 'Integrering gjennom tilknytning til behandlingsteam',
        en: 'Integration of employment with treatment through team assignment',
      },
      ladder('unverified', null, [
        [
          'Jobbspesialisten jobber i et tilbud atskilt fra behandlingen',
          'Specialist works apart from treatment',
        ],
        [
          'Knyttet til tre eller flere team, eller under 50 % av porteføljen fra teamet',
          'Attached to three or more teams, or under 50 % of the caseload from the team',
        ],
        ['50–74 % av porteføljen fra ett eller to team', '50–74 % of the caseload from one or two teams'],
        ['75–89 % av porteføljen fra ett eller to team', '75–89 % of the caseload from one or two teams'],
        [
          'Knyttet til ett eller to behandlingsteam som 90–100 % av porteføljen kommer fra',
          'Attached to one or two treatment teams providing 90–100 % of the caseload',
        ],
      ]),
    ),
    item(
      5,
      'organisation',
      {
        nb: 'Integrering gjennom hyppig kontakt med behandlingsteamet',
        en: 'Integration through frequent team member contact',
      },
      ladder(
        'unverified',
        null,
        elementLadder(
          5,
          'elementer (ukentlige teammøter, felles beslutninger, dokumentasjon i journal, kontor nær teamet, hjelper teamet å tenke arbeid)',
          'elements (weekly team meetings, shared decisions, records in the treatment file, office near the team, helps the team think about work)',
        ),
      ),
      ['treatment_team_meetings'],
    ),
    item(
      6,
      'organisation',
      {
        nb: 'Samarbeid mellom jobbspesialist og NAV-veileder',
        en: 'Collaboration between employment specialists and vocational rehabilitation counsellors',
      },
      ladder('unverified', null, [
        ['Sjelden eller ingen kontakt', 'Rare or no contact'],
        ['Kontakt sjeldnere enn hvert kvartal', 'Contact less often than quarterly'],
        ['Planlagte møter omtrent hvert kvartal', 'Scheduled meetings about quarterly'],
        [
          'Planlagte møter minst hvert kvartal og kontakt om deltakere månedlig',
          'Scheduled meetings at least quarterly and client contact monthly',
        ],
        [
          'Planlagte møter minst månedlig og kontakt om deltakere minst ukentlig',
          'Scheduled meetings at least monthly and client contact at least weekly',
        ],
      ]),
      ['nav_meetings'],
    ),
    item(
      7,
      'organisation',
      { nb: 'Jobbspesialistteam', en: 'Vocational unit' },
      topCorroborated(SRC_UNIT, [
        ['Jobbspesialisten arbeider alene', 'The specialist works alone'],
        ['To jobbspesialister uten felles veiledning', 'Two specialists without shared supervision'],
        ['Team med sjelden felles veiledning', 'A unit with occasional group supervision'],
        [
          'Team med felles veiledning, men lite deling av jobbmuligheter',
          'A unit with group supervision but little sharing of job leads',
        ],
        [
          'Minst to heltids jobbspesialister og en leder, ukentlig gruppeveiledning, dekker for hverandre',
          'At least two full-time specialists and a leader, weekly group supervision, covering for each other',
        ],
      ]),
    ),
    item(
      8,
      'organisation',
      { nb: 'Veilederens/lederens rolle', en: 'Role of employment supervisor' },
      topCorroborated(
        SRC_SUPERVISION,
        elementLadder(
          5,
          'elementer (leder for høyst 10, ukentlig veiledning, kontakt med behandlingsledere, feltveiledning, resultatmål minst hvert kvartal)',
          'elements (leads at most 10, weekly supervision, contact with treatment leaders, field mentoring, outcome goals at least quarterly)',
        ),
      ),
    ),
    item(
      9,
      'organisation',
      { nb: 'Ingen utelukkelseskriterier', en: 'Zero exclusion criteria' },
      ladder('unverified', null, [
        ['Formelle krav om «jobbklarhet» utelukker deltakere', 'Formal job-readiness rules exclude clients'],
        ['Mange utelukkes uformelt', 'Many are excluded informally'],
        ['Noen utelukkes, henvisninger siles', 'Some are excluded; referrals are screened'],
        ['Nesten alle får tilbud; få siles', 'Nearly everyone is offered the service; few are screened'],
        [
          'Alle som vil jobbe får tilbud, henvisninger fra mange kilder, ingen siling',
          'Everyone who wants to work gets access, referrals from many sources, no screening',
        ],
      ]),
      ['days_to_first_employer_contact'],
    ),
    item(
      10,
      'organisation',
      { nb: 'Virksomhetens fokus på ordinært arbeid', en: 'Agency focus on competitive employment' },
      ladder(
        'unverified',
        null,
        elementLadder(
          5,
          'elementer (spør om arbeid ved inntak og planmøter, synlig informasjon, deler jobbhistorier, måler sysselsetting hvert kvartal)',
          'elements (asks about work at intake and plan reviews, visible information, shares work stories, measures employment quarterly)',
        ),
      ),
      ['competitive_jobs'],
    ),
    item(
      11,
      'organisation',
      { nb: 'Ledelsens støtte til IPS', en: 'Executive team support for supported employment' },
      ladder(
        'unverified',
        null,
        elementLadder(
          5,
          'elementer (ledere kjenner prinsippene, jevnlige kvalitetsevalueringer, styringsgruppe, toppleder formidler mål, rapport om hindringer)',
          'elements (leaders know the principles, regular fidelity reviews, steering group, chief executive states goals, barriers reported)',
        ),
      ),
    ),
    // Services
    item(
      12,
      'services',
      { nb: 'Økonomisk rådgivning (ytelser og arbeid)', en: 'Work incentives planning' },
      topCorroborated(SRC_BENEFITS, [
        ['Ingen hjelp med ytelser og arbeid', 'No help with benefits and work'],
        ['Hjelp bare når deltakeren ber om det', 'Help only when the client asks'],
        ['Noen får tilbud før jobbstart', 'Some are offered planning before a job starts'],
        ['De fleste får tilbud før jobbstart', 'Most are offered planning before a job starts'],
        [
          'Alle får tilbud om individuell rådgivning om ytelser før jobbstart og ved endringer i timer og lønn',
          'Everyone is offered individual benefits planning before a job starts and when hours or pay change',
        ],
      ]),
      ['benefits_planning'],
    ),
    item(
      13,
      'services',
      { nb: 'Åpenhet om helse overfor arbeidsgiver', en: 'Disclosure' },
      ladder('unverified', null, [
        ['Ingen av fire elementer', 'None of four elements'],
        ['Ett av fire elementer', 'One of four elements'],
        ['To av fire elementer', 'Two of four elements'],
        ['Tre av fire elementer', 'Three of four elements'],
        [
          'Alle fire: korrekt informasjon, drøftet før kontakt med arbeidsgiver, drøftet mer enn én gang, deltakeren bestemmer',
          'All four: accurate information, discussed before employer contact, discussed more than once, the client decides',
        ],
      ]),
    ),
    item(
      14,
      'services',
      { nb: 'Løpende, arbeidsbasert kartlegging', en: 'Ongoing, work-based vocational assessment' },
      ladder('unverified', null, [
        ['Kartlegging med tester før jobbsøk', 'Prevocational testing before any job search'],
        ['Mest kartlegging utenfor arbeidslivet', 'Mostly assessment outside real work'],
        ['Karriereprofil, men sjelden oppdatert', 'A vocational profile, rarely updated'],
        ['Profil oppdateres av og til', 'Profile updated now and then'],
        [
          'Profil fra 2–3 samtaler, oppdatert etter hver jobberfaring',
          'Profile built over 2–3 sessions, updated after every job experience',
        ],
      ]),
    ),
    item(
      15,
      'services',
      { nb: 'Rask jobbsøking', en: 'Rapid search for competitive job' },
      ladder('unverified', null, [
        [
          'Første arbeidsgiverkontakt etter 271 dager eller mer',
          'First employer contact after 271 days or more',
        ],
        ['Første arbeidsgiverkontakt etter 151–270 dager', 'First employer contact after 151–270 days'],
        ['Første arbeidsgiverkontakt etter 61–150 dager', 'First employer contact after 61–150 days'],
        ['Første arbeidsgiverkontakt etter 31–60 dager', 'First employer contact after 31–60 days'],
        [
          'Første møte med arbeidsgiver innen 30 dager etter oppstart',
          'First face-to-face employer contact within 30 days of entry',
        ],
      ]),
      ['days_to_first_employer_contact'],
    ),
    item(
      16,
      'services',
      { nb: 'Individuelt tilpasset jobbsøk', en: 'Individualised job search' },
      ladder('unverified', null, [
        [
          'Under 25 % av arbeidsgiverkontaktene bygger på deltakerens ønsker',
          'Under 25 % of employer contacts follow the client’s preferences',
        ],
        ['25–49 % bygger på deltakerens ønsker', '25–49 % follow the client’s preferences'],
        ['50–74 % bygger på deltakerens ønsker', '50–74 % follow the client’s preferences'],
        ['75–89 % bygger på deltakerens ønsker', '75–89 % follow the client’s preferences'],
        [
          '90–100 % av arbeidsgiverkontaktene bygger på deltakerens ønsker, styrker og behov',
          '90–100 % of employer contacts follow the client’s preferences, strengths and needs',
        ],
      ]),
    ),
    item(
      17,
      'services',
      { nb: 'Jobbutvikling – hyppig arbeidsgiverkontakt', en: 'Job development – frequent employer contact' },
      ladder('unverified', null, [
        ['Under 2 møter med arbeidsgivere per uke', 'Under 2 face-to-face employer contacts a week'],
        ['2 møter per uke, eller ingen oversikt', '2 contacts a week, or no tracking'],
        ['4 møter per uke', '4 contacts a week'],
        ['5 møter per uke', '5 contacts a week'],
        [
          'Minst 6 møter med arbeidsgivere per jobbspesialist per uke, fulgt opp av leder',
          'At least 6 face-to-face employer contacts per specialist a week, reviewed by the supervisor',
        ],
      ]),
      ['employer_contacts'],
    ),
    item(
      18,
      'services',
      {
        nb: 'Jobbutvikling – kvalitet i arbeidsgiverkontakten',
        en: 'Job development – quality of employer contact',
      },
      ladder('unverified', null, [
        ['Jobbspesialisten kontakter sjelden arbeidsgivere', 'The specialist rarely contacts employers'],
        ['Kontakt mest for å spørre etter ledige stillinger', 'Contacts mostly ask about vacancies'],
        ['Noe relasjonsbygging', 'Some relationship building'],
        ['Relasjoner bygges med flere besøk hos noen arbeidsgivere', 'Several visits with some employers'],
        [
          'Flere planlagte besøk for å lære arbeidsgiverens behov og vise deltakerens styrker',
          'Several planned visits to learn the employer’s needs and present the client’s strengths',
        ],
      ]),
      ['employer_contacts'],
    ),
    item(
      19,
      'services',
      { nb: 'Variasjon i jobbtyper', en: 'Diversity of job types' },
      ladder(
        'unverified',
        null,
        PERCENT_LADDER('av jobbene er av ulik type', 'of jobs are of different types'),
      ),
      ['job_type_diversity'],
    ),
    item(
      20,
      'services',
      { nb: 'Variasjon i arbeidsgivere', en: 'Diversity of employers' },
      ladder(
        'unverified',
        null,
        PERCENT_LADDER('av jobbene er hos ulike arbeidsgivere', 'of jobs are with different employers'),
      ),
      ['employer_diversity'],
    ),
    item(
      21,
      'services',
      { nb: 'Ordinære jobber', en: 'Competitive jobs' },
      ladder('unverified', null, [
        [
          'Høyst 64 % ordinære jobber, eller under 10 jobber',
          '64 % or fewer competitive jobs, or under 10 jobs',
        ],
        ['65–74 % ordinære jobber', '65–74 % competitive jobs'],
        ['75–84 % ordinære jobber', '75–84 % competitive jobs'],
        ['85–94 % ordinære jobber', '85–94 % competitive jobs'],
        [
          'Minst 95 % ordinære, faste jobber med vanlig lønn',
          'At least 95 % permanent competitive jobs at ordinary pay',
        ],
      ]),
      ['competitive_jobs'],
    ),
    item(
      22,
      'services',
      { nb: 'Individuelt tilpasset oppfølging i jobb', en: 'Individualised follow-along supports' },
      ladder('unverified', null, [
        ['Ingen oppfølging etter jobbstart', 'No support after the job starts'],
        ['Lik oppfølging for alle', 'The same support for everyone'],
        ['Noe tilpasning, mest fra jobbspesialisten', 'Some tailoring, mostly by the specialist'],
        [
          'Tilpasset, med noe støtte fra team og nettverk',
          'Tailored, with some support from team and network',
        ],
        [
          'Tilpasset jobben og personen, fra jobbspesialist, team, nettverk og arbeidsgiver når deltakeren vil',
          'Fitted to the job and person, by specialist, team, network and the employer when the client wishes',
        ],
      ]),
      ['follow_along'],
    ),
    item(
      23,
      'services',
      { nb: 'Tidsubegrenset oppfølging i jobb', en: 'Time-unlimited follow-along supports' },
      topCorroborated(SRC_SUPPORTS, [
        ['Ingen møter etter jobbstart', 'No face-to-face contact after the job starts'],
        [
          'Under halvparten følges opp i 4 måneder eller mer',
          'Fewer than half supported for 4 months or more',
        ],
        ['Minst halvparten følges opp i 4 måneder eller mer', 'At least half supported for 4 months or more'],
        [
          'Ukentlig første måned, så månedlig i minst ett år',
          'Weekly in month one, then monthly for a year or more',
        ],
        [
          'Møte før start, innen 3 dager etter, ukentlig første måned, så minst månedlig i ett år',
          'Contact before the start, within 3 days after, weekly in month one, then at least monthly for a year',
        ],
      ]),
      ['follow_along'],
    ),
    item(
      24,
      'services',
      { nb: 'Tjenester ute i samfunnet', en: 'Community-based services' },
      topCorroborated(SRC_COMMUNITY, [
        ['Under 30 % av arbeidstiden ute', 'Under 30 % of scheduled time in the community'],
        ['30–39 % av arbeidstiden ute', '30–39 % of scheduled time in the community'],
        ['40–49 % av arbeidstiden ute', '40–49 % of scheduled time in the community'],
        ['50–64 % av arbeidstiden ute', '50–64 % of scheduled time in the community'],
        ['Minst 65 % av arbeidstiden ute', 'At least 65 % of scheduled time in the community'],
      ]),
      ['community_time'],
    ),
    item(
      25,
      'services',
      { nb: 'Oppsøkende arbeid fra det integrerte teamet', en: 'Assertive engagement and outreach' },
      ladder(
        'unverified',
        null,
        elementLadder(
          6,
          'strategier (ingen avslutning ved uteblivelse, dokumentert oppsøking, hjemmebesøk, felles besøk, kontakt med familie)',
          'strategies (no closing for missed visits, documented outreach, home visits, joint visits, family contact)',
        ),
      ),
    ),
  ],
};

import { HandshakeIcon, PhoneIcon } from '@navikt/aksel-icons';
import { Box, Heading, HStack, Link, Tag, VStack } from '@navikt/ds-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import type { EmployerContact } from '../../api/types.ts';
import { formatLocalDate } from '../../i18n/format.ts';
import { useLanguage } from '../../i18n/useLanguage.ts';

/** Newest first; contacts on the same day keep the server's order (latest logged first). */
export function newestFirst(contacts: readonly EmployerContact[]): EmployerContact[] {
  return [...contacts].sort((a, b) => b.date.localeCompare(a.date));
}

/** Face to face or not, in words (with an icon that only repeats them). */
export function FaceToFaceTag({ faceToFace }: { faceToFace: boolean }) {
  const { t } = useTranslation();
  return (
    <Tag
      size="small"
      variant={faceToFace ? 'moderate' : 'outline'}
      data-color={faceToFace ? 'success' : 'neutral'}
      icon={faceToFace ? <HandshakeIcon aria-hidden /> : <PhoneIcon aria-hidden />}
    >
      {faceToFace ? t('jobDevelopment.log.faceToFace') : t('jobDevelopment.log.notFaceToFace')}
    </Tag>
  );
}

type ItemHeadingLevel = '3' | '4';

function ContactItem({
  contact,
  showEmployer,
  headingLevel,
}: {
  contact: EmployerContact;
  showEmployer: boolean;
  headingLevel: ItemHeadingLevel;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  const rows: Array<{ label: string; value: ReactNode }> = [];
  if (showEmployer) {
    rows.push({
      label: t('jobDevelopment.log.employer'),
      value: (
        <Link as={RouterLink} to={`/employers/${encodeURIComponent(contact.employerId)}`}>
          {contact.employerName}
        </Link>
      ),
    });
  }
  rows.push({
    label: t('jobDevelopment.log.purpose'),
    value: t(`jobDevelopment.purposes.${contact.purpose}`),
  });
  if (contact.outcome.trim() !== '') {
    rows.push({
      label: t('jobDevelopment.log.outcome'),
      value: <span className="preserve-lines">{contact.outcome}</span>,
    });
  }
  rows.push({
    label: t('jobDevelopment.log.participants'),
    value:
      contact.participants.length === 0 ? (
        <span className="text-subtle">{t('jobDevelopment.log.noParticipants')}</span>
      ) : (
        <ul className="inline-list">
          {contact.participants.map((participant) => (
            <li key={participant.id}>
              <Link as={RouterLink} to={`/participants/${encodeURIComponent(participant.id)}`}>
                {participant.name}
              </Link>
            </li>
          ))}
        </ul>
      ),
  });
  rows.push({ label: t('jobDevelopment.log.specialist'), value: contact.specialist.displayName });

  return (
    <li data-testid="contact-log-item" data-face-to-face={String(contact.faceToFace)}>
      <Box
        padding="space-16"
        borderWidth="1"
        borderColor="neutral-subtle"
        borderRadius="8"
        background="raised"
      >
        <VStack gap="space-8">
          <HStack gap="space-8" align="center" wrap>
            <Heading level={headingLevel} size="xsmall">
              <time dateTime={contact.date}>{formatLocalDate(contact.date, language)}</time>
            </Heading>
            <FaceToFaceTag faceToFace={contact.faceToFace} />
          </HStack>
          <dl className="card-details card-details--inline">
            {rows.map((row) => (
              <div key={row.label}>
                <dt>{row.label}</dt>
                <dd>{row.value}</dd>
              </div>
            ))}
          </dl>
        </VStack>
      </Box>
    </li>
  );
}

/** Employer contacts as a list of cards, newest first: date, face to face or not, purpose, outcome, participants. */
export function ContactLogList({
  contacts,
  labelledBy,
  showEmployer = false,
  itemHeadingLevel = '3',
  testId,
}: {
  contacts: readonly EmployerContact[];
  labelledBy: string;
  showEmployer?: boolean;
  /** Each contact's date is a heading one level below the list's own heading. */
  itemHeadingLevel?: ItemHeadingLevel;
  testId: string;
}) {
  return (
    <ol className="card-list" aria-labelledby={labelledBy} data-testid={testId}>
      {newestFirst(contacts).map((contact) => (
        <ContactItem
          key={contact.id}
          contact={contact}
          showEmployer={showEmployer}
          headingLevel={itemHeadingLevel}
        />
      ))}
    </ol>
  );
}

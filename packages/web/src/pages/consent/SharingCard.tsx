import { INFORMATION_CATEGORIES } from '@ips-bridge/domain';
import { CheckmarkCircleFillIcon, MinusCircleIcon } from '@navikt/aksel-icons';
import { BodyLong, BodyShort, Box, Button, Detail, Heading, HStack, Tag, VStack } from '@navikt/ds-react';
import type { TFunction } from 'i18next';
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ConsentHistoryEntry, ConsentOverview, ConsentRecipientView } from '../../api/consent.ts';
import { formatDateTime, formatLocalDate } from '../../i18n/format.ts';
import { useLanguage } from '../../i18n/useLanguage.ts';
import { decidingRecord, describeSource, type Voice } from './consentText.ts';
import './consent.css';

type Level = '2' | '3' | '4';

/** What each kind of information means, in plain words: the list the cards refer to. */
export function CategoryGuide() {
  const { t } = useTranslation();
  return (
    <dl className="category-guide" data-testid="category-guide">
      {INFORMATION_CATEGORIES.map((category) => (
        <div key={category}>
          <dt>{t(`consent.categories.${category}.name`)}</dt>
          <dd>{t(`consent.categories.${category}.description`)}</dd>
        </div>
      ))}
    </dl>
  );
}

/**
 * One person in the care team and what they see, category by category: the state in words and with an icon (never
 * by colour alone), and where it comes from ("as standard", "you said yes", "you said no").
 */
export function SharingCard({
  recipient,
  history,
  voice,
  level,
  today,
  actions,
}: {
  recipient: ConsentRecipientView;
  history: ConsentOverview['history'];
  voice: Voice;
  level: Level;
  today: string;
  actions?: ReactNode;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  const headingId = `sharing-card-${recipient.userId}`;
  const seen = recipient.sharing.filter((cell) => cell.shared).length;
  return (
    <Box
      as="section"
      aria-labelledby={headingId}
      padding="space-16"
      borderWidth="1"
      borderColor="neutral-subtle"
      borderRadius="8"
      background="raised"
      data-testid="sharing-card"
      data-user-id={recipient.userId}
    >
      <VStack gap="space-12">
        <HStack gap="space-8" justify="space-between" align="start" wrap>
          <VStack gap="space-2">
            <Heading level={level} size="small" id={headingId}>
              {recipient.displayName}
            </Heading>
            <BodyShort weight="semibold">{t(`roles.${recipient.role}`)}</BodyShort>
            {voice === 'self' ? (
              <BodyShort size="small">{t(`consent.roleHelp.${recipient.role}`)}</BodyShort>
            ) : null}
          </VStack>
          {recipient.blocked ? (
            <Tag size="small" variant="strong" data-color="danger" data-testid="sharing-blocked">
              {t('consent.sharing.blockedTag')}
            </Tag>
          ) : (
            <Detail as="p" textColor="subtle">
              {t('consent.sharing.seesCount', { count: seen, total: recipient.sharing.length })}
            </Detail>
          )}
        </HStack>
        {recipient.blocked && voice === 'self' ? (
          <BodyLong size="small">
            {t('consent.sharing.blockedNotice', { name: recipient.displayName })}
          </BodyLong>
        ) : null}
        <ul className="sharing-list">
          {recipient.sharing.map((cell) => {
            const record = cell.shared ? decidingRecord(history, recipient, cell, today) : null;
            const source = describeSource(t, voice, cell, {
              blocked: recipient.blocked,
              validTo: record?.validTo ?? null,
              formatDate: (date) => formatLocalDate(date, language),
            });
            return (
              <li
                key={cell.category}
                className={cell.shared ? 'sharing-item sharing-item--shared' : 'sharing-item'}
                data-testid="sharing-item"
                data-category={cell.category}
                data-shared={String(cell.shared)}
              >
                {cell.shared ? (
                  <CheckmarkCircleFillIcon aria-hidden className="sharing-item__icon" />
                ) : (
                  <MinusCircleIcon aria-hidden className="sharing-item__icon" />
                )}
                <div>
                  <BodyShort weight="semibold">{t(`consent.categories.${cell.category}.name`)}</BodyShort>
                  <BodyShort size="small">
                    <span className="sharing-item__state">
                      {cell.shared ? t('consent.sharing.sees') : t('consent.sharing.doesNotSee')}
                    </span>{' '}
                    – {source}
                  </BodyShort>
                </div>
              </li>
            );
          })}
        </ul>
        {actions ? (
          <HStack gap="space-8" wrap>
            {actions}
          </HStack>
        ) : null}
      </VStack>
    </Box>
  );
}

/** The name a history entry gives its recipient: the person, or everyone in a role. */
function recipientName(t: TFunction, entry: ConsentHistoryEntry): string {
  if (entry.recipient.kind === 'role' && entry.recipient.role) {
    return t('consent.history.roleRecipient', { role: t(`roles.${entry.recipient.role}`).toLowerCase() });
  }
  return entry.recipient.displayName ?? t('consent.history.unknownRecipient');
}

function HistoryItem({ entry, voice }: { entry: ConsentHistoryEntry; voice: Voice }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const when = formatDateTime(entry.recordedAt, language);
  const statement = t(entry.decision === 'grant' ? 'consent.history.granted' : 'consent.history.withdrawn', {
    recipient: recipientName(t, entry),
    category: t(`consent.categories.${entry.category}.name`),
  });
  let recorded: string;
  if (entry.recordedVia === 'paper') {
    recorded = t('consent.history.byPaper', { name: entry.recordedBy.displayName, when });
  } else {
    recorded =
      voice === 'self' ? t('consent.history.byYou', { when }) : t('consent.history.byJobseeker', { when });
  }
  const from = formatLocalDate(entry.validFrom, language);
  const period = entry.validTo
    ? t('consent.history.period', { from, to: formatLocalDate(entry.validTo, language) })
    : t('consent.history.periodOpen', { from });
  return (
    <li data-testid="consent-history-item" data-decision={entry.decision} data-via={entry.recordedVia}>
      <BodyShort weight="semibold">{statement}</BodyShort>
      {entry.purpose ? (
        <BodyShort size="small">{t('consent.history.purpose', { purpose: entry.purpose })}</BodyShort>
      ) : null}
      <Detail as="p" textColor="subtle">
        {entry.decision === 'grant' ? `${period} · ` : null}
        <time dateTime={entry.recordedAt}>{recorded}</time>
      </Detail>
    </li>
  );
}

const FIRST_SHOWN = 8;

/** Every consent record, newest first: what was decided, for whom, when, and whether on paper or in the app. */
export function ConsentHistory({ history, voice }: { history: ConsentOverview['history']; voice: Voice }) {
  const { t } = useTranslation();
  const [all, setAll] = useState(false);
  if (history.length === 0) return <BodyLong>{t('consent.history.empty')}</BodyLong>;
  const shown = all ? history : history.slice(0, FIRST_SHOWN);
  return (
    <VStack gap="space-12" align="start">
      <ul className="history-list consent-history" data-testid="consent-history">
        {shown.map((entry) => (
          <HistoryItem key={entry.sequence} entry={entry} voice={voice} />
        ))}
      </ul>
      {history.length > shown.length ? (
        <Button type="button" size="small" variant="tertiary" onClick={() => setAll(true)}>
          {t('consent.history.showAll', { count: history.length })}
        </Button>
      ) : null}
    </VStack>
  );
}

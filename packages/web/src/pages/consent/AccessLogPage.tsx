import { ArrowLeftIcon } from '@navikt/aksel-icons';
import {
  Alert,
  BodyLong,
  BodyShort,
  Checkbox,
  Heading,
  Link,
  Pagination,
  Tag,
  VStack,
} from '@navikt/ds-react';
import type { TFunction } from 'i18next';
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import { type AccessLog, type AccessLogEntry, useAccessLog } from '../../api/consent.ts';
import { isRecordUnavailable } from '../../api/problem.ts';
import { useMe } from '../../auth/MeContext.tsx';
import { ErrorState } from '../../components/ErrorState.tsx';
import { LoadingState } from '../../components/LoadingState.tsx';
import { useDocumentTitle } from '../../hooks/useDocumentTitle.ts';
import { useFocusRequest } from '../../hooks/useFocusRequest.ts';
import { formatDateTime } from '../../i18n/format.ts';
import { useLanguage } from '../../i18n/useLanguage.ts';
import { describeAction, describeBasis, isEmergencyEntry } from './consentText.ts';
import './consent.css';

const PAGE_SIZE = 20;

/** Who it was, in words: "you", the system, or the person with their role and organisation. */
function whoText(t: TFunction, who: AccessLogEntry['who']): string {
  if (who.role === 'jobseeker') return t('consent.log.you');
  if (who.role === null && (who.displayName === '—' || who.displayName.trim() === ''))
    return t('consent.log.system');
  const details = [who.role ? t(`roles.${who.role}`) : null, who.organisation].filter(
    (part): part is string => part !== null && part !== '',
  );
  return details.length > 0 ? `${who.displayName} – ${details.join(', ')}` : who.displayName;
}

function LogEntry({ entry }: { entry: AccessLogEntry }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const denied = entry.outcome === 'denied';
  const emergency = isEmergencyEntry(entry);
  let className = 'access-log__entry';
  if (denied) className += ' access-log__entry--denied';
  if (emergency) className += ' access-log__entry--emergency';
  return (
    <li
      className={className}
      data-testid="access-log-entry"
      data-outcome={entry.outcome}
      data-emergency={String(emergency)}
    >
      <BodyShort size="small" textColor="subtle">
        <time dateTime={entry.at}>{formatDateTime(entry.at, language)}</time>
      </BodyShort>
      <BodyShort weight="semibold" data-testid="access-log-who">
        {whoText(t, entry.who)}
      </BodyShort>
      {denied || emergency ? (
        <div>
          <Tag
            size="xsmall"
            variant="strong"
            data-color={denied ? 'danger' : 'warning'}
            data-testid={denied ? 'access-log-denied' : 'access-log-emergency'}
          >
            {denied ? t('consent.log.denied') : t('consent.log.emergency')}
          </Tag>
        </div>
      ) : null}
      <dl className="access-log__details">
        <div>
          <dt>{t('consent.log.what')}</dt>
          <dd data-testid="access-log-what">{describeAction(t, entry.action)}</dd>
        </div>
        <div>
          <dt>{t('consent.log.why')}</dt>
          <dd data-testid="access-log-why">{describeBasis(t, entry)}</dd>
        </div>
      </dl>
      {emergency && entry.statedReason ? (
        <BodyShort weight="semibold" data-testid="access-log-reason">
          {t('consent.log.emergencyReason', { reason: entry.statedReason })}
        </BodyShort>
      ) : null}
    </li>
  );
}

function LogPage({
  log,
  page,
  onPageChange,
}: {
  log: AccessLog;
  page: number;
  onPageChange: (page: number) => void;
}) {
  const { t } = useTranslation();
  const count = useFocusRequest<HTMLParagraphElement>();
  const pages = Math.max(1, Math.ceil(log.total / PAGE_SIZE));
  if (log.total === 0) return <BodyLong>{t('consent.log.empty')}</BodyLong>;
  const from = (page - 1) * PAGE_SIZE + 1;
  const to = from + log.items.length - 1;
  return (
    <VStack gap="space-16">
      <BodyShort ref={count.ref} tabIndex={-1} data-testid="access-log-count">
        {t('consent.log.count', { from, to, total: log.total })}
      </BodyShort>
      <ul className="access-log" data-testid="access-log">
        {log.items.map((entry) => (
          <LogEntry key={entry.id} entry={entry} />
        ))}
      </ul>
      {pages > 1 ? (
        <Pagination
          page={Math.min(page, pages)}
          count={pages}
          size="small"
          onPageChange={(next) => {
            onPageChange(next);
            count.focus();
          }}
          srHeading={{ tag: 'h2', text: t('consent.log.pages') }}
          data-testid="access-log-pagination"
        />
      ) : null}
    </VStack>
  );
}

/** "Who has seen or changed my information": the jobseeker's own access log, newest first, in pages. */
export function MyAccessLogPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('consent.log.title'));
  const me = useMe();
  const [page, setPage] = useState(1);
  const [includeOwn, setIncludeOwn] = useState(false);
  const log = useAccessLog(me.participantId, page, PAGE_SIZE, includeOwn);

  let content: ReactNode;
  if (me.participantId === null || (log.isError && isRecordUnavailable(log.error))) {
    content = <Alert variant="info">{t('consent.noRecord')}</Alert>;
  } else if (log.isPending) {
    content = <LoadingState label={t('consent.log.loading')} />;
  } else if (log.isError) {
    content = (
      <ErrorState
        heading={t('consent.log.loadError')}
        error={log.error}
        onRetry={() => void log.refetch()}
        retrying={log.isFetching}
      />
    );
  } else {
    content = <LogPage log={log.data} page={page} onPageChange={setPage} />;
  }

  return (
    <VStack gap="space-24" maxWidth="44rem">
      <Link as={RouterLink} to="/my-page">
        <ArrowLeftIcon aria-hidden />
        {t('consent.backToMyPage')}
      </Link>
      <VStack gap="space-8">
        <Heading level="1" size="large">
          {t('consent.log.title')}
        </Heading>
        <BodyLong size="large">{t('consent.log.intro')}</BodyLong>
        <BodyLong>
          {t('consent.log.help')}{' '}
          <Link as={RouterLink} to="/my-page/sharing">
            {t('consent.log.sharingLink')}
          </Link>
        </BodyLong>
      </VStack>
      {me.participantId !== null ? (
        <Checkbox
          checked={includeOwn}
          onChange={(event) => {
            setIncludeOwn(event.target.checked);
            setPage(1);
          }}
          data-testid="access-log-include-own"
        >
          {t('consent.log.includeOwn')}
        </Checkbox>
      ) : null}
      {content}
    </VStack>
  );
}

import { erasureConfirmationMatches, osloDate, REQUEST_ERASURE_GROUNDS } from '@ips-bridge/domain';
import {
  Alert,
  BodyLong,
  BodyShort,
  Box,
  Button,
  Heading,
  HStack,
  Modal,
  Select,
  Table,
  Textarea,
  TextField,
  VStack,
} from '@navikt/ds-react';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  type ErasureRequestDto,
  type PrivacyCase,
  useActiveRestrictions,
  useAdminLift,
  useAdminRestrict,
  useCancelErasure,
  useConfirmErasure,
  useErasureRequests,
  usePrivacyLookup,
  useRecordErasureRequest,
} from '../../api/privacy.ts';
import { isApiError } from '../../api/problem.ts';
import { ErrorState } from '../../components/ErrorState.tsx';
import { LoadingState } from '../../components/LoadingState.tsx';
import { ScrollableTable } from '../../components/ScrollableTable.tsx';
import { formatDateTime, formatLocalDate } from '../../i18n/format.ts';
import { phaseLabel } from '../../i18n/journeyLabels.ts';
import { problemMessage } from '../../i18n/problemMessage.ts';
import { useLanguage } from '../../i18n/useLanguage.ts';

const HEADING = 'admin-privacy-heading';
const RESTRICTIONS_HEADING = 'admin-restrictions-heading';
const REQUESTS_HEADING = 'admin-erasure-requests-heading';
const CONFIRM_FORM = 'erasure-confirm-form';

/** The second step of an erasure: the administrator types the person's full name before anything is removed. */
function ConfirmErasureDialog({ request, onClose }: { request: ErasureRequestDto; onClose: () => void }) {
  const { t } = useTranslation();
  const confirm = useConfirmErasure();
  const [typed, setTyped] = useState('');
  const [error, setError] = useState<string | null>(null);
  const name = request.name ?? '';
  const [given = '', ...rest] = name.split(' ');

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!erasureConfirmationMatches(typed, given, rest.join(' '))) {
      setError(t('privacy.admin.confirmNameMismatch'));
      return;
    }
    setError(null);
    confirm.mutate({ requestId: request.id, confirmName: typed }, { onSuccess: onClose });
  };

  return (
    <Modal
      open
      onClose={onClose}
      header={{ heading: t('privacy.admin.confirmTitle', { name }), size: 'small' }}
      width="medium"
      data-testid="erasure-dialog"
    >
      <Modal.Body>
        <form id={CONFIRM_FORM} onSubmit={submit} noValidate>
          <VStack gap="space-16">
            <BodyLong>{t('privacy.admin.confirmText')}</BodyLong>
            <Alert variant="warning" size="small">
              {t('privacy.admin.confirmCheck')}
            </Alert>
            {confirm.isError ? (
              <Alert variant="error" size="small" role="alert">
                {problemMessage(t, confirm.error)}
              </Alert>
            ) : null}
            <TextField
              label={t('privacy.admin.confirmNameLabel')}
              value={typed}
              onChange={(e) => setTyped(e.target.value)}
              error={error}
              autoComplete="off"
              data-testid="erasure-confirm-name"
            />
          </VStack>
        </form>
      </Modal.Body>
      <Modal.Footer>
        <Button
          type="submit"
          form={CONFIRM_FORM}
          variant="danger"
          loading={confirm.isPending}
          data-testid="erasure-confirm"
        >
          {t('privacy.admin.confirmButton')}
        </Button>
        <Button type="button" variant="secondary" onClick={onClose}>
          {t('privacy.admin.close')}
        </Button>
      </Modal.Footer>
    </Modal>
  );
}

/** One person found by identity number: restrict or lift, and record an erasure request. */
function CaseCard({ found, onChanged }: { found: PrivacyCase; onChanged: () => void }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const restrict = useAdminRestrict();
  const lift = useAdminLift();
  const record = useRecordErasureRequest();
  const [reason, setReason] = useState('');
  const [reasonError, setReasonError] = useState<string | null>(null);
  const [ground, setGround] = useState<string>(REQUEST_ERASURE_GROUNDS[0] ?? 'consent_withdrawn');
  const [receivedOn, setReceivedOn] = useState(osloDate(new Date()));

  const submitRestriction = (event: FormEvent) => {
    event.preventDefault();
    if (reason.trim() === '') {
      setReasonError(t('privacy.restriction.reasonRequired'));
      return;
    }
    setReasonError(null);
    restrict.mutate({ participantId: found.participantId, reason: reason.trim() }, { onSuccess: onChanged });
  };
  const submitErasure = (event: FormEvent) => {
    event.preventDefault();
    record.mutate({ participantId: found.participantId, ground, receivedOn }, { onSuccess: onChanged });
  };
  const failed = [restrict, lift, record].find((m) => m.isError);

  return (
    <Box
      padding="space-16"
      borderWidth="1"
      borderColor="neutral-subtle"
      borderRadius="8"
      data-testid="privacy-case"
    >
      <VStack gap="space-12">
        <Heading level="3" size="small">
          {t('privacy.admin.caseHeading', { name: found.name })}
        </Heading>
        <BodyShort>{t('privacy.admin.caseTeam', { team: found.teamName })}</BodyShort>
        <BodyShort>
          {t('privacy.admin.casePhase', { phase: phaseLabel(t, found.phase) })} ·{' '}
          {formatLocalDate(found.phaseSince, language)}
        </BodyShort>
        {failed?.error ? (
          <Alert variant="error" size="small" role="alert">
            {problemMessage(t, failed.error)}
          </Alert>
        ) : null}
        {found.erased ? (
          <Alert variant="info" size="small">
            {t('privacy.admin.erased')}
          </Alert>
        ) : (
          <>
            {found.restriction.restricted ? (
              <VStack gap="space-8" align="start">
                <BodyShort weight="semibold">
                  {t('privacy.restriction.statusOn', {
                    date: formatDateTime(found.restriction.since ?? '', language),
                  })}
                </BodyShort>
                {found.restriction.reason ? (
                  <BodyShort size="small">{found.restriction.reason}</BodyShort>
                ) : null}
                <Button
                  type="button"
                  size="small"
                  variant="secondary"
                  loading={lift.isPending}
                  onClick={() => lift.mutate(found.participantId, { onSuccess: onChanged })}
                >
                  {t('privacy.admin.lift')}
                </Button>
              </VStack>
            ) : (
              <form onSubmit={submitRestriction} noValidate>
                <VStack gap="space-8" align="start">
                  <Textarea
                    label={t('privacy.admin.restrictReasonLabel')}
                    value={reason}
                    onChange={(e) => setReason(e.target.value)}
                    maxLength={1000}
                    minRows={2}
                    error={reasonError}
                    data-testid="admin-restrict-reason"
                  />
                  <Button
                    type="submit"
                    size="small"
                    variant="secondary"
                    loading={restrict.isPending}
                    data-testid="admin-restrict"
                  >
                    {t('privacy.admin.restrict')}
                  </Button>
                </VStack>
              </form>
            )}
            <form onSubmit={submitErasure} noValidate>
              <VStack gap="space-8" align="start">
                <Heading level="4" size="xsmall">
                  {t('privacy.admin.erasureHeading')}
                </Heading>
                <Select
                  label={t('privacy.admin.groundLabel')}
                  value={ground}
                  onChange={(e) => setGround(e.target.value)}
                >
                  {REQUEST_ERASURE_GROUNDS.map((g) => (
                    <option key={g} value={g}>
                      {t(`privacy.admin.grounds.${g}`)}
                    </option>
                  ))}
                </Select>
                <TextField
                  label={t('privacy.admin.receivedLabel')}
                  value={receivedOn}
                  onChange={(e) => setReceivedOn(e.target.value)}
                  inputMode="numeric"
                />
                <Button
                  type="submit"
                  size="small"
                  variant="secondary"
                  loading={record.isPending}
                  data-testid="record-erasure"
                >
                  {t('privacy.admin.recordErasure')}
                </Button>
              </VStack>
            </form>
          </>
        )}
      </VStack>
    </Box>
  );
}

function Lookup() {
  const { t } = useTranslation();
  const lookup = usePrivacyLookup();
  const [nationalId, setNationalId] = useState('');
  const [error, setError] = useState<string | null>(null);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const value = nationalId.replaceAll(/\s/g, '');
    if (!/^\d{11}$/.test(value)) {
      setError(t('privacy.admin.lookupInvalid'));
      return;
    }
    setError(null);
    lookup.mutate(value);
  };
  const notFound = lookup.isError && isApiError(lookup.error) && lookup.error.problem.status === 404;
  return (
    <VStack gap="space-12">
      <form onSubmit={submit} noValidate>
        <HStack gap="space-8" align="end">
          <TextField
            label={t('privacy.admin.lookupLabel')}
            value={nationalId}
            onChange={(e) => setNationalId(e.target.value)}
            error={error}
            inputMode="numeric"
            autoComplete="off"
            data-testid="privacy-lookup-input"
          />
          <Button type="submit" variant="secondary" loading={lookup.isPending} data-testid="privacy-lookup">
            {t('privacy.admin.lookup')}
          </Button>
        </HStack>
      </form>
      {notFound ? (
        <Alert variant="info" size="small" role="status">
          {t('privacy.admin.notFound')}
        </Alert>
      ) : lookup.isError ? (
        <Alert variant="error" size="small" role="alert">
          {problemMessage(t, lookup.error)}
        </Alert>
      ) : null}
      {lookup.data ? (
        <CaseCard
          key={lookup.data.participantId}
          found={lookup.data}
          onChanged={() => lookup.mutate(lookup.variables ?? '')}
        />
      ) : null}
    </VStack>
  );
}

function Restrictions() {
  const { t } = useTranslation();
  const language = useLanguage();
  const restrictions = useActiveRestrictions();
  const lift = useAdminLift();
  if (restrictions.isPending) return <LoadingState label={t('privacy.restriction.loading')} />;
  if (restrictions.isError)
    return (
      <ErrorState
        heading={t('privacy.summary.loadError')}
        headingLevel="3"
        error={restrictions.error}
        onRetry={() => void restrictions.refetch()}
        retrying={restrictions.isFetching}
      />
    );
  if (restrictions.data.length === 0) return <BodyShort>{t('privacy.admin.restrictionsEmpty')}</BodyShort>;
  return (
    <ScrollableTable labelledBy={RESTRICTIONS_HEADING}>
      <Table size="small" aria-labelledby={RESTRICTIONS_HEADING} data-testid="active-restrictions">
        <Table.Header>
          <Table.Row>
            <Table.HeaderCell scope="col">{t('privacy.admin.colName')}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t('privacy.admin.colSince')}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t('privacy.admin.colSource')}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t('privacy.admin.colReason')}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t('privacy.admin.colActions')}</Table.HeaderCell>
          </Table.Row>
        </Table.Header>
        <Table.Body>
          {restrictions.data.map((r) => (
            <Table.Row key={r.participantId}>
              <Table.DataCell>{r.name}</Table.DataCell>
              <Table.DataCell>{formatDateTime(r.since, language)}</Table.DataCell>
              <Table.DataCell>
                {r.source === 'administrator'
                  ? t('privacy.restriction.source_administrator')
                  : t('roles.jobseeker')}
              </Table.DataCell>
              <Table.DataCell>{r.reason}</Table.DataCell>
              <Table.DataCell>
                <Button
                  type="button"
                  size="xsmall"
                  variant="secondary"
                  loading={lift.isPending && lift.variables === r.participantId}
                  onClick={() => lift.mutate(r.participantId)}
                >
                  {t('privacy.admin.lift')}
                </Button>
              </Table.DataCell>
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
    </ScrollableTable>
  );
}

function ErasureRequests() {
  const { t } = useTranslation();
  const language = useLanguage();
  const requests = useErasureRequests();
  const cancel = useCancelErasure();
  const [confirming, setConfirming] = useState<ErasureRequestDto | null>(null);
  const [done, setDone] = useState(false);
  if (requests.isPending) return <LoadingState label={t('privacy.summary.loading')} />;
  if (requests.isError)
    return (
      <ErrorState
        heading={t('privacy.summary.loadError')}
        headingLevel="3"
        error={requests.error}
        onRetry={() => void requests.refetch()}
        retrying={requests.isFetching}
      />
    );
  return (
    <VStack gap="space-12">
      {done ? (
        <Alert variant="success" size="small" role="status" data-testid="erasure-done">
          {t('privacy.admin.done')}
        </Alert>
      ) : null}
      {cancel.isError ? (
        <Alert variant="error" size="small" role="alert">
          {problemMessage(t, cancel.error)}
        </Alert>
      ) : null}
      {requests.data.length === 0 ? (
        <BodyShort>{t('privacy.admin.requestsEmpty')}</BodyShort>
      ) : (
        <ScrollableTable labelledBy={REQUESTS_HEADING}>
          <Table size="small" aria-labelledby={REQUESTS_HEADING} data-testid="erasure-requests">
            <Table.Header>
              <Table.Row>
                <Table.HeaderCell scope="col">{t('privacy.admin.colName')}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{t('privacy.admin.colGround')}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{t('privacy.admin.colReceived')}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{t('privacy.admin.colStatus')}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{t('privacy.admin.colActions')}</Table.HeaderCell>
              </Table.Row>
            </Table.Header>
            <Table.Body>
              {requests.data.map((r) => (
                <Table.Row key={r.id} data-testid="erasure-request-row">
                  <Table.DataCell>{r.name ?? t('privacy.admin.erasedName')}</Table.DataCell>
                  <Table.DataCell>{t(`privacy.admin.grounds.${r.ground}`)}</Table.DataCell>
                  <Table.DataCell>{formatLocalDate(r.receivedOn, language)}</Table.DataCell>
                  <Table.DataCell>{t(`privacy.admin.status.${r.status}`)}</Table.DataCell>
                  <Table.DataCell>
                    {r.status === 'pending' ? (
                      <HStack gap="space-4">
                        <Button
                          type="button"
                          size="xsmall"
                          variant="danger"
                          onClick={() => {
                            setDone(false);
                            setConfirming(r);
                          }}
                          data-testid="erasure-open-confirm"
                        >
                          {t('privacy.admin.confirm')}
                        </Button>
                        <Button
                          type="button"
                          size="xsmall"
                          variant="tertiary"
                          loading={cancel.isPending && cancel.variables === r.id}
                          onClick={() => cancel.mutate(r.id)}
                        >
                          {t('privacy.admin.cancel')}
                        </Button>
                      </HStack>
                    ) : null}
                  </Table.DataCell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        </ScrollableTable>
      )}
      {confirming ? (
        <ConfirmErasureDialog
          request={confirming}
          onClose={() => {
            setConfirming(null);
            void requests.refetch().then((r) => {
              if (r.data?.some((x) => x.id === confirming.id && x.status === 'completed')) setDone(true);
            });
          }}
        />
      ) : null}
    </VStack>
  );
}

/** GDPR rights handled by an administrator: find the person, restrict (art. 18), erase on request (art. 17). */
export function PrivacyRightsSection() {
  const { t } = useTranslation();
  return (
    <section aria-labelledby={HEADING} data-testid="privacy-rights">
      <VStack gap="space-16">
        <Heading level="2" size="medium" id={HEADING}>
          {t('privacy.admin.heading')}
        </Heading>
        <BodyLong>{t('privacy.admin.intro')}</BodyLong>
        <Lookup />
        <Heading level="3" size="small" id={RESTRICTIONS_HEADING}>
          {t('privacy.admin.restrictionsHeading')}
        </Heading>
        <Restrictions />
        <Heading level="3" size="small" id={REQUESTS_HEADING}>
          {t('privacy.admin.requestsHeading')}
        </Heading>
        <ErasureRequests />
      </VStack>
    </section>
  );
}

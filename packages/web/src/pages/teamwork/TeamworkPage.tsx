import { osloDate } from '@ips-bridge/domain';
import {
  CheckmarkCircleIcon,
  ExclamationmarkTriangleIcon,
  InformationSquareIcon,
  PlusIcon,
} from '@navikt/aksel-icons';
import {
  Alert,
  BodyLong,
  BodyShort,
  Box,
  Button,
  Detail,
  Heading,
  HStack,
  Radio,
  RadioGroup,
  Table,
  Textarea,
  TextField,
  VStack,
} from '@navikt/ds-react';
import { type FormEvent, type ReactNode, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../api/problem.ts';
import { useMyTeamMeetings, useRecordTeamMeeting, useTeamIntegration } from '../../api/teamwork.ts';
import type { IntegrationRhythmView, MyTeamMeetings } from '../../api/types.ts';
import { useMe } from '../../auth/MeContext.tsx';
import { DateField } from '../../components/DateField.tsx';
import { ErrorState } from '../../components/ErrorState.tsx';
import { FormErrorSummary } from '../../components/FormErrorSummary.tsx';
import { LoadingState } from '../../components/LoadingState.tsx';
import { ScrollableTable } from '../../components/ScrollableTable.tsx';
import { useDocumentTitle } from '../../hooks/useDocumentTitle.ts';
import { useFocusRequest } from '../../hooks/useFocusRequest.ts';
import { formatLocalDate, formatYearMonth } from '../../i18n/format.ts';
import { problemMessage } from '../../i18n/problemMessage.ts';
import { useLanguage } from '../../i18n/useLanguage.ts';
import { isoWeekNumber } from '../jobDevelopment/week.ts';
import { TeamMeetingQuality } from '../meetings/MeetingQuality.tsx';
import { SupervisionNotesPanel } from '../workforce/SupervisionNotesPanel.tsx';
import {
  emptyDraft,
  MEETING_FIELD_IDS,
  type MeetingDraft,
  type MeetingField,
  validateMeeting,
} from './meetingForm.ts';

const RHYTHM_HEADING_ID = 'teamwork-rhythm-heading';
const LIST_HEADING_ID = 'teamwork-list-heading';
const TEAM_HEADING_ID = 'teamwork-team-heading';

/** On track or not, in words with an icon, so it does not rest on colour. */
function Status({ meets }: { meets: boolean }) {
  const { t } = useTranslation();
  return (
    <HStack gap="space-8" align="center" wrap={false}>
      {meets ? (
        <CheckmarkCircleIcon aria-hidden className="icon-success" fontSize="1.25rem" />
      ) : (
        <InformationSquareIcon aria-hidden fontSize="1.25rem" />
      )}
      <BodyShort size="small">{meets ? t('teamwork.rhythm.meets') : t('teamwork.rhythm.below')}</BodyShort>
    </HStack>
  );
}

function RhythmSummary({ rhythm }: { rhythm: IntegrationRhythmView }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const { treatmentTeam, nav } = rhythm;
  return (
    <section aria-labelledby={RHYTHM_HEADING_ID} className="form-panel" data-testid="teamwork-rhythm">
      <VStack gap="space-16">
        <Heading level="2" size="small" id={RHYTHM_HEADING_ID}>
          {t('teamwork.rhythm.heading')}
        </Heading>
        <VStack gap="space-4">
          <BodyShort weight="semibold" data-testid="teamwork-rhythm-treatment-team">
            {t('teamwork.rhythm.treatmentTeam', {
              attended: treatmentTeam.weeksAttended,
              weeks: treatmentTeam.weeks,
            })}
          </BodyShort>
          <Status meets={treatmentTeam.meetsExpectation} />
          {treatmentTeam.weeksWithout.length > 0 ? (
            <Detail>
              {t('teamwork.rhythm.weeksWithout', {
                weeks: treatmentTeam.weeksWithout
                  .map((w) => t('teamwork.rhythm.week', { number: isoWeekNumber(w) }))
                  .join(', '),
              })}
            </Detail>
          ) : null}
          <Detail textColor="subtle">
            {t('teamwork.rhythm.treatmentTeamExpectation', { item: treatmentTeam.fidelityItem })}
          </Detail>
        </VStack>
        <VStack gap="space-4">
          <BodyShort weight="semibold" data-testid="teamwork-rhythm-nav">
            {t('teamwork.rhythm.nav', { with: nav.monthsWithMeeting, months: nav.months })}
          </BodyShort>
          <Status meets={nav.meetsExpectation} />
          {nav.monthsWithout.length > 0 ? (
            <Detail>
              {t('teamwork.rhythm.monthsWithout', {
                months: nav.monthsWithout.map((m) => formatYearMonth(m, language)).join(', '),
              })}
            </Detail>
          ) : null}
          <Detail textColor="subtle">
            {t('teamwork.rhythm.navExpectation', { item: nav.fidelityItem })}
          </Detail>
        </VStack>
      </VStack>
    </section>
  );
}

function MeetingForm({ onSaved, onCancel }: { onSaved: () => void; onCancel: () => void }) {
  const { t } = useTranslation();
  const today = osloDate(new Date());
  const record = useRecordTeamMeeting();
  const [draft, setDraft] = useState<MeetingDraft>(() => emptyDraft(today));
  const [errors, setErrors] = useState<Partial<Record<MeetingField, string>>>({});
  const summary = useRef<HTMLDivElement>(null);
  const set = (change: Partial<MeetingDraft>) => setDraft((d) => ({ ...d, ...change }));
  const treatment = draft.kind === 'treatment_team';

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const result = validateMeeting(draft, today, t);
    setErrors(result.errors);
    if (!result.body) {
      requestAnimationFrame(() => summary.current?.focus());
      return;
    }
    record.mutate(result.body, {
      onSuccess: onSaved,
      onError: (error) => {
        if (
          isApiError(error) &&
          error.fieldErrors.some((f) => f.path === 'date' && f.code === 'date_in_future')
        )
          setErrors({ date: t('teamwork.form.errors.dateInFuture') });
      },
    });
  };

  const entries = (Object.keys(errors) as MeetingField[]).flatMap((field) => {
    const message = errors[field];
    return message ? [{ fieldId: MEETING_FIELD_IDS[field], message }] : [];
  });

  return (
    <Box padding="space-16" borderWidth="1" borderColor="neutral-subtle" borderRadius="8">
      <form onSubmit={submit} noValidate data-testid="team-meeting-form">
        <VStack gap="space-16">
          <Heading level="3" size="xsmall">
            {t('teamwork.form.heading')}
          </Heading>
          <FormErrorSummary entries={entries} ref={summary} />
          <RadioGroup
            legend={t('teamwork.form.kind')}
            value={draft.kind}
            onChange={(kind: MeetingDraft['kind']) => set({ kind })}
          >
            <Radio value="treatment_team">{t('teamwork.kinds.treatment_team')}</Radio>
            <Radio value="nav">{t('teamwork.kinds.nav')}</Radio>
          </RadioGroup>
          <DateField
            id={MEETING_FIELD_IDS.date}
            label={t('teamwork.form.date')}
            value={draft.date}
            max={today}
            onChange={(event) => set({ date: event.target.value })}
            error={errors.date}
          />
          <TextField
            id={MEETING_FIELD_IDS.counterpart}
            label={treatment ? t('teamwork.form.counterpartTreatment') : t('teamwork.form.counterpartNav')}
            value={draft.counterpart}
            maxLength={200}
            onChange={(event) => set({ counterpart: event.target.value })}
            error={errors.counterpart}
          />
          {treatment ? (
            <>
              <RadioGroup
                legend={t('teamwork.form.attended')}
                value={draft.attended}
                onChange={(attended: MeetingDraft['attended']) => set({ attended })}
              >
                <Radio value="yes">{t('teamwork.form.yes')}</Radio>
                <Radio value="no">{t('teamwork.form.no')}</Radio>
              </RadioGroup>
              <TextField
                id={MEETING_FIELD_IDS.participantsDiscussed}
                label={t('teamwork.form.discussed')}
                description={t('teamwork.form.discussedDescription')}
                inputMode="numeric"
                htmlSize={6}
                value={draft.participantsDiscussed}
                onChange={(event) => set({ participantsDiscussed: event.target.value })}
                error={errors.participantsDiscussed}
              />
            </>
          ) : null}
          <Alert variant="warning" size="small" inline>
            <HStack gap="space-4" align="start" wrap={false}>
              <ExclamationmarkTriangleIcon aria-hidden />
              <span>{t('teamwork.form.noteWarning')}</span>
            </HStack>
          </Alert>
          <Textarea
            label={treatment ? t('teamwork.form.note') : t('teamwork.form.topic')}
            value={draft.note}
            maxLength={1000}
            minRows={2}
            onChange={(event) => set({ note: event.target.value })}
          />
          {record.isError ? (
            <Alert variant="error" size="small" role="alert">
              {problemMessage(t, record.error)}
            </Alert>
          ) : null}
          <HStack gap="space-12">
            <Button type="submit" size="small" loading={record.isPending}>
              {t('teamwork.form.submit')}
            </Button>
            <Button type="button" size="small" variant="tertiary" onClick={onCancel}>
              {t('teamwork.form.cancel')}
            </Button>
          </HStack>
        </VStack>
      </form>
    </Box>
  );
}

function MeetingList({ items }: { items: MyTeamMeetings['items'] }) {
  const { t } = useTranslation();
  const language = useLanguage();
  return (
    <section aria-labelledby={LIST_HEADING_ID}>
      <VStack gap="space-12">
        <Heading level="2" size="small" id={LIST_HEADING_ID}>
          {t('teamwork.list.heading')}
        </Heading>
        {items.length === 0 ? (
          <BodyShort className="text-subtle">{t('teamwork.list.empty')}</BodyShort>
        ) : (
          <ul className="card-list" aria-labelledby={LIST_HEADING_ID}>
            {items.map((m) => (
              <li key={m.id} data-testid="team-meeting" data-kind={m.kind}>
                <Box padding="space-12" borderWidth="1" borderColor="neutral-subtle" borderRadius="8">
                  <VStack gap="space-4">
                    <Heading level="3" size="xsmall">
                      {t(`teamwork.kinds.${m.kind}`)}, {formatLocalDate(m.date, language)}
                    </Heading>
                    <BodyShort>{m.counterpart}</BodyShort>
                    <Detail>
                      {[
                        m.kind === 'treatment_team'
                          ? m.attended
                            ? t('teamwork.list.attended')
                            : t('teamwork.list.missed')
                          : null,
                        m.participantsDiscussed === null
                          ? null
                          : t('teamwork.list.discussed', { count: m.participantsDiscussed }),
                      ]
                        .filter(Boolean)
                        .join(' · ')}
                    </Detail>
                    {m.note ? <BodyLong className="preserve-lines">{m.note}</BodyLong> : null}
                  </VStack>
                </Box>
              </li>
            ))}
          </ul>
        )}
      </VStack>
    </section>
  );
}

function SpecialistView() {
  const { t } = useTranslation();
  const query = useMyTeamMeetings();
  const [writing, setWriting] = useState(false);
  const [saved, setSaved] = useState(false);
  const savedMessage = useFocusRequest<HTMLDivElement>();
  const openButton = useFocusRequest<HTMLButtonElement>();

  if (query.isPending) return <LoadingState label={t('teamwork.loading')} />;
  if (query.isError)
    return (
      <ErrorState
        heading={t('teamwork.loadError')}
        error={query.error}
        onRetry={() => void query.refetch()}
        retrying={query.isFetching}
      />
    );
  return (
    <VStack gap="space-24">
      <RhythmSummary rhythm={query.data.rhythm} />
      {saved ? (
        <Alert variant="success" size="small" ref={savedMessage.ref} tabIndex={-1} role="status">
          {t('teamwork.form.saved')}
        </Alert>
      ) : null}
      {writing ? (
        <MeetingForm
          onSaved={() => {
            setWriting(false);
            setSaved(true);
            savedMessage.focus();
          }}
          onCancel={() => {
            setWriting(false);
            openButton.focus();
          }}
        />
      ) : (
        <div>
          <Button
            ref={openButton.ref}
            size="small"
            variant="secondary"
            icon={<PlusIcon aria-hidden />}
            onClick={() => {
              setSaved(false);
              setWriting(true);
            }}
            data-testid="record-team-meeting"
          >
            {t('teamwork.form.open')}
          </Button>
        </div>
      )}
      <MeetingList items={query.data.items} />
    </VStack>
  );
}

function SupervisorView() {
  const { t } = useTranslation();
  const language = useLanguage();
  const query = useTeamIntegration();
  let content: ReactNode;
  if (query.isPending) content = <LoadingState label={t('teamwork.loading')} />;
  else if (query.isError)
    content = (
      <ErrorState
        heading={t('teamwork.loadError')}
        headingLevel="3"
        error={query.error}
        onRetry={() => void query.refetch()}
        retrying={query.isFetching}
      />
    );
  else if (query.data.specialists.length === 0)
    content = <BodyShort className="text-subtle">{t('teamwork.team.empty')}</BodyShort>;
  else {
    const last = (date: string | null) =>
      date
        ? t('teamwork.team.lastMeeting', { date: formatLocalDate(date, language) })
        : t('teamwork.team.never');
    content = (
      <ScrollableTable labelledBy={TEAM_HEADING_ID}>
        <Table size="small" data-testid="teamwork-team">
          <Table.Header>
            <Table.Row>
              <Table.HeaderCell scope="col">{t('teamwork.team.specialist')}</Table.HeaderCell>
              <Table.HeaderCell scope="col">{t('teamwork.team.treatmentTeam')}</Table.HeaderCell>
              <Table.HeaderCell scope="col">{t('teamwork.team.nav')}</Table.HeaderCell>
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {query.data.specialists.map((s) => (
              <Table.Row key={s.id}>
                <Table.HeaderCell scope="row">{s.displayName}</Table.HeaderCell>
                <Table.DataCell>
                  <VStack gap="space-2">
                    <BodyShort size="small">
                      {t('teamwork.team.ratio', {
                        done: s.rhythm.treatmentTeam.weeksAttended,
                        total: s.rhythm.treatmentTeam.weeks,
                      })}
                    </BodyShort>
                    <Status meets={s.rhythm.treatmentTeam.meetsExpectation} />
                    <Detail>{last(s.lastTreatmentTeamMeeting)}</Detail>
                  </VStack>
                </Table.DataCell>
                <Table.DataCell>
                  <VStack gap="space-2">
                    <BodyShort size="small">
                      {t('teamwork.team.ratio', {
                        done: s.rhythm.nav.monthsWithMeeting,
                        total: s.rhythm.nav.months,
                      })}
                    </BodyShort>
                    <Status meets={s.rhythm.nav.meetsExpectation} />
                    <Detail>{last(s.lastNavMeeting)}</Detail>
                  </VStack>
                </Table.DataCell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      </ScrollableTable>
    );
  }
  return (
    <section aria-labelledby={TEAM_HEADING_ID}>
      <VStack gap="space-12">
        <Heading level="2" size="medium" id={TEAM_HEADING_ID}>
          {t('teamwork.team.heading')}
        </Heading>
        <BodyShort>{t('teamwork.team.intro')}</BodyShort>
        {content}
      </VStack>
    </section>
  );
}

/**
 * "Teamsamarbeid": the specialist records meetings with the treatment team and NAV and sees the rhythm kept against
 * the IPS expectations (fidelity O2 weekly, O3 monthly); the supervisor sees the team's figures.
 */
export function TeamworkPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('teamwork.heading'));
  const me = useMe();
  return (
    <VStack gap="space-24" maxWidth="48rem">
      <VStack gap="space-8">
        <Heading level="1" size="large">
          {t('teamwork.heading')}
        </Heading>
        {me.role === 'ips_supervisor' ? null : <BodyLong>{t('teamwork.intro')}</BodyLong>}
      </VStack>
      {me.role === 'ips_supervisor' ? <SupervisorView /> : <SpecialistView />}
      {me.role === 'employment_specialist' ? (
        <SupervisionNotesPanel
          specialistId={me.id}
          heading={t('workforce.notes.mine')}
          intro={t('workforce.notes.mineIntro')}
        />
      ) : null}
      <TeamMeetingQuality />
    </VStack>
  );
}

import { moveItem, THERAPIST_NOTE_CATEGORIES, type TherapistNoteCategory } from '@ips-bridge/domain';
import { ArrowDownIcon, ArrowUpIcon, DownloadIcon, ShieldLockIcon } from '@navikt/aksel-icons';
import {
  Alert,
  BodyLong,
  BodyShort,
  Box,
  Button,
  Checkbox,
  CheckboxGroup,
  Detail,
  Heading,
  HStack,
  Link,
  Radio,
  RadioGroup,
  Select,
  Tag,
  Textarea,
  TextField,
  VStack,
} from '@navikt/ds-react';
import type { TFunction } from 'i18next';
import { type FormEvent, type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useParams } from 'react-router';
import { meetingPath, useChangeMeeting, useMarkActionDone, useMeeting } from '../../api/meetings.ts';
import { isApiError } from '../../api/problem.ts';
import type { MeetingDetail } from '../../api/types.ts';
import { useMe } from '../../auth/MeContext.tsx';
import { DateField } from '../../components/DateField.tsx';
import { ErrorState } from '../../components/ErrorState.tsx';
import { LoadingState } from '../../components/LoadingState.tsx';
import { mapServerFieldErrors } from '../../forms/fieldErrors.ts';
import { useDocumentTitle } from '../../hooks/useDocumentTitle.ts';
import { formatDateTime, formatLocalDate } from '../../i18n/format.ts';
import { problemMessage } from '../../i18n/problemMessage.ts';
import { useLanguage } from '../../i18n/useLanguage.ts';
import { MeetingPlanForm } from './MeetingPlanForm.tsx';
import './meetings.css';
import { actionProblemMessage, meetingWhen } from './meetingText.ts';

type Change = ReturnType<typeof useChangeMeeting>;

interface StepProps {
  data: MeetingDetail;
  change: Change;
  participantId: string;
  meId: string;
  isOrganiser: boolean;
  isJobseeker: boolean;
  started: boolean;
}

function Step({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section aria-labelledby={id} data-testid={id}>
      <Box
        padding="space-16"
        borderWidth="1"
        borderColor="neutral-subtle"
        borderRadius="8"
        background="raised"
      >
        <VStack gap="space-12">
          <Heading level="2" size="small" id={id}>
            {title}
          </Heading>
          {children}
        </VStack>
      </Box>
    </section>
  );
}

function ErrorLine({ error }: { error: unknown }) {
  const { t } = useTranslation();
  if (!error) return null;
  return (
    <Alert variant="error" size="small" role="alert">
      {problemMessage(t, error)}
    </Alert>
  );
}

function names(list: ReadonlyArray<{ displayName: string }>): string {
  return list.map((p) => p.displayName).join(', ');
}

function InvitationStep({ data, change, participantId, meId, isOrganiser }: StepProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const m = data.meeting;
  const [editing, setEditing] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const planned = m.status === 'planned';
  return (
    <Step id="meeting-invitation" title={t('meetings.page.invitation')}>
      {m.status === 'cancelled' ? (
        <Alert variant="warning" size="small">
          {t('meetings.page.cancelled')}
        </Alert>
      ) : null}
      <dl className="meeting-facts">
        <dt>{t('meetings.page.purpose')}</dt>
        <dd>{m.purpose}</dd>
        {m.place ? (
          <>
            <dt>{t('meetings.page.place')}</dt>
            <dd>{m.place}</dd>
          </>
        ) : null}
        {m.videoLink ? (
          <>
            <dt>{t('meetings.page.videoLink')}</dt>
            <dd>
              <Link href={m.videoLink} target="_blank" rel="noreferrer">
                {m.videoLink}
              </Link>
            </dd>
          </>
        ) : null}
        <dt>{t('meetings.page.parties')}</dt>
        <dd>
          <ul className="meeting-parties" data-testid="meeting-parties">
            {m.parties.map((p) => (
              <li key={p.id}>{`${p.displayName} (${t(`meetings.roles.${p.role}`)})`}</li>
            ))}
          </ul>
        </dd>
      </dl>
      <div>
        <Button
          as="a"
          href={`${meetingPath(participantId, m.id)}/invitation.ics`}
          download
          size="small"
          variant="secondary"
          icon={<DownloadIcon aria-hidden />}
          data-testid="meeting-ics-link"
        >
          {t('meetings.page.downloadIcs')}
        </Button>
      </div>
      <Detail>{t('meetings.page.icsHelp')}</Detail>
      {isOrganiser && planned && !editing ? (
        <HStack gap="space-12">
          <Button size="small" variant="secondary" onClick={() => setEditing(true)}>
            {t('meetings.page.edit')}
          </Button>
          <Button size="small" variant="danger" onClick={() => setConfirming(true)}>
            {t('meetings.page.cancelMeeting')}
          </Button>
        </HStack>
      ) : null}
      {confirming ? (
        <Alert variant="warning" size="small" role="alertdialog">
          <VStack gap="space-8">
            <BodyShort>{t('meetings.page.confirmCancel')}</BodyShort>
            <HStack gap="space-8">
              <Button
                size="small"
                variant="danger"
                loading={change.isPending}
                onClick={() =>
                  change.mutate(
                    { kind: 'cancel', version: m.version },
                    { onSuccess: () => setConfirming(false) },
                  )
                }
              >
                {t('meetings.page.confirmCancelYes')}
              </Button>
              <Button size="small" variant="tertiary" onClick={() => setConfirming(false)}>
                {t('meetings.page.keep')}
              </Button>
            </HStack>
          </VStack>
        </Alert>
      ) : null}
      {editing ? (
        <MeetingPlanForm
          idPrefix="edit-meeting"
          initial={{
            date: m.startLocal.slice(0, 10),
            startTime: m.startLocal.slice(11, 16),
            endTime: m.endLocal.slice(11, 16),
            place: m.place ?? '',
            videoLink: m.videoLink ?? '',
            purpose: m.purpose,
            inviteeIds: m.parties.filter((p) => p.id !== meId).map((p) => p.id),
          }}
          invitees={data.eligibleInvitees}
          meId={meId}
          editing
          pending={change.isPending}
          onSubmit={(input, onServerError) =>
            change.mutate(
              { kind: 'update', body: input, version: m.version },
              { onSuccess: () => setEditing(false), onError: onServerError },
            )
          }
          onCancel={() => setEditing(false)}
        />
      ) : null}
      {change.isError && isApiError(change.error) && change.error.status === 412 ? (
        <Alert variant="warning" size="small" role="alert">
          {t('meetings.page.stale')}
        </Alert>
      ) : null}
      <Detail>{formatDateTime(m.startsAt, language)}</Detail>
    </Step>
  );
}

function ExpectationsStep({ data, change, meId, isJobseeker, isOrganiser, started }: StepProps) {
  const { t } = useTranslation();
  const m = data.meeting;
  const mine = data.expectations.find((e) => e.id === meId);
  const party = m.parties.find((p) => p.id === meId);
  const [need, setNeed] = useState(mine?.need ?? '');
  const [contribution, setContribution] = useState(mine?.contribution ?? '');
  const [limit, setLimit] = useState(mine?.visibleTo ? 'chosen' : 'all');
  const [visibleTo, setVisibleTo] = useState<string[]>(mine?.visibleTo ?? []);
  const [error, setError] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  const [reminded, setReminded] = useState(false);
  const jobseekerParty = m.parties.find((p) => p.role === 'jobseeker');
  const jobseekerAnswered = jobseekerParty ? jobseekerParty.answeredExpectations : true;
  const canAnswer =
    party !== undefined && m.status === 'planned' && !started && (isJobseeker || jobseekerAnswered);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!need.trim() && !contribution.trim()) return setError(t('meetings.expectations.needOrContribution'));
    setError(null);
    change.mutate(
      {
        kind: 'expectations',
        body: {
          need: need.trim(),
          contribution: contribution.trim(),
          visibleTo: isJobseeker && limit === 'chosen' ? visibleTo : null,
        },
      },
      { onSuccess: () => setSaved(true) },
    );
  };

  return (
    <Step id="meeting-expectations" title={t('meetings.expectations.heading')}>
      <BodyLong>{t('meetings.expectations.intro')}</BodyLong>
      {data.waitingFor.length > 0 ? (
        <Alert variant="info" size="small" data-testid="meeting-waiting-for">
          {t('meetings.expectations.waitingFor', { names: names(data.waitingFor) })}
        </Alert>
      ) : null}
      {isOrganiser && data.waitingFor.length > 0 ? (
        <VStack gap="space-8" align="start" data-testid="meeting-remind">
          {!jobseekerAnswered ? (
            <BodyShort size="small">{t('meetings.expectations.remindJobseekerFirst')}</BodyShort>
          ) : null}
          <Button
            size="small"
            variant="secondary"
            loading={change.isPending}
            onClick={() =>
              change.mutate({ kind: 'remindExpectations' }, { onSuccess: () => setReminded(true) })
            }
          >
            {t('meetings.expectations.remind')}
          </Button>
          <div role="status">
            {reminded ? <BodyShort size="small">{t('meetings.expectations.reminded')}</BodyShort> : null}
          </div>
        </VStack>
      ) : null}
      {party && !isJobseeker && !jobseekerAnswered && m.status === 'planned' && !started ? (
        <Alert variant="info" size="small">
          {t('meetings.expectations.jobseekerFirst')}
        </Alert>
      ) : null}
      {canAnswer && party ? (
        <form onSubmit={submit} noValidate data-testid="expectations-form">
          <VStack gap="space-12">
            <Alert variant="info" size="small" inline>
              {t(`meetings.expectations.prompt.${party.role}`)}
            </Alert>
            <Textarea
              label={t('meetings.expectations.need')}
              value={need}
              maxLength={2000}
              minRows={2}
              onChange={(e) => {
                setNeed(e.target.value);
                setSaved(false);
              }}
              error={error ?? undefined}
            />
            <Textarea
              label={t('meetings.expectations.contribution')}
              value={contribution}
              maxLength={2000}
              minRows={2}
              onChange={(e) => {
                setContribution(e.target.value);
                setSaved(false);
              }}
            />
            {isJobseeker ? (
              <>
                <RadioGroup legend={t('meetings.expectations.visibility')} value={limit} onChange={setLimit}>
                  <Radio value="all">{t('meetings.expectations.visibleToAll')}</Radio>
                  <Radio value="chosen">{t('meetings.expectations.visibleToChosen')}</Radio>
                </RadioGroup>
                {limit === 'chosen' ? (
                  <CheckboxGroup
                    legend={t('meetings.expectations.chooseWho')}
                    value={visibleTo}
                    onChange={setVisibleTo}
                  >
                    {m.parties
                      .filter((p) => p.id !== meId)
                      .map((p) => (
                        <Checkbox key={p.id} value={p.id}>
                          {`${p.displayName} (${t(`meetings.roles.${p.role}`)})`}
                        </Checkbox>
                      ))}
                  </CheckboxGroup>
                ) : null}
              </>
            ) : null}
            <ErrorLine error={change.error} />
            {saved ? (
              <Alert variant="success" size="small" role="status">
                {t('meetings.expectations.saved')}
              </Alert>
            ) : null}
            <div>
              <Button type="submit" size="small" loading={change.isPending}>
                {t('meetings.expectations.save')}
              </Button>
            </div>
          </VStack>
        </form>
      ) : null}
      {data.expectations.length === 0 ? (
        <BodyShort>{t('meetings.expectations.none')}</BodyShort>
      ) : (
        <ul className="card-list" data-testid="expectations-list">
          {data.expectations.map((e) => (
            <li key={e.id}>
              <VStack gap="space-4">
                <BodyShort weight="semibold">{`${e.displayName} (${t(`meetings.roles.${e.role}`)})`}</BodyShort>
                {e.need ? (
                  <BodyShort>{`${t('meetings.expectations.needLabel')}: ${e.need}`}</BodyShort>
                ) : null}
                {e.contribution ? (
                  <BodyShort>{`${t('meetings.expectations.contributionLabel')}: ${e.contribution}`}</BodyShort>
                ) : null}
                {e.visibleTo ? (
                  <Detail>
                    {t('meetings.expectations.onlyFor', {
                      names: names(m.parties.filter((p) => e.visibleTo?.includes(p.id))),
                    })}
                  </Detail>
                ) : null}
              </VStack>
            </li>
          ))}
        </ul>
      )}
    </Step>
  );
}

function itemTitle(t: TFunction, item: MeetingDetail['agenda'][number]) {
  return item.kind === 'financial' ? t('meetings.agenda.financial') : item.title;
}

function AgendaStep({ data, change, isOrganiser }: StepProps) {
  const { t } = useTranslation();
  const [title, setTitle] = useState('');
  const [announce, setAnnounce] = useState('');
  const planned = data.meeting.status === 'planned';
  const move = (index: number, direction: 'up' | 'down') => {
    const order = moveItem(data.agenda, index, direction);
    const item = data.agenda[index];
    change.mutate(
      { kind: 'reorderAgenda', itemIds: order.map((i) => i.id) },
      {
        onSuccess: () => {
          if (!item) return;
          const position = order.findIndex((i) => i.id === item.id) + 1;
          setAnnounce(t('meetings.agenda.moved', { title: itemTitle(t, item), position }));
          document.getElementById(`agenda-${item.id}-${direction}`)?.focus();
        },
      },
    );
  };
  return (
    <Step id="meeting-agenda" title={t('meetings.agenda.heading')}>
      <BodyLong>{t('meetings.agenda.intro')}</BodyLong>
      {data.agenda.length === 0 ? <BodyShort>{t('meetings.agenda.empty')}</BodyShort> : null}
      <ol className="meeting-agenda" data-testid="agenda-list">
        {data.agenda.map((item, index) => {
          const source = item.sourceUserId
            ? data.meeting.parties.find((p) => p.id === item.sourceUserId)
            : undefined;
          const label = itemTitle(t, item);
          return (
            <li key={item.id}>
              <HStack gap="space-8" align="center" justify="space-between" wrap={false}>
                <VStack gap="space-2">
                  <BodyShort weight="semibold">{label}</BodyShort>
                  {source ? (
                    <Detail>{t('meetings.agenda.fromAnswer', { name: source.displayName })}</Detail>
                  ) : null}
                </VStack>
                {isOrganiser && planned ? (
                  <HStack gap="space-4" wrap={false}>
                    <Button
                      id={`agenda-${item.id}-up`}
                      size="xsmall"
                      variant="tertiary"
                      icon={<ArrowUpIcon title={t('meetings.agenda.moveUp', { title: label })} />}
                      disabled={index === 0 || change.isPending}
                      onClick={() => move(index, 'up')}
                    />
                    <Button
                      id={`agenda-${item.id}-down`}
                      size="xsmall"
                      variant="tertiary"
                      icon={<ArrowDownIcon title={t('meetings.agenda.moveDown', { title: label })} />}
                      disabled={index === data.agenda.length - 1 || change.isPending}
                      onClick={() => move(index, 'down')}
                    />
                  </HStack>
                ) : null}
              </HStack>
            </li>
          );
        })}
      </ol>
      <div aria-live="polite" className="navds-sr-only">
        {announce}
      </div>
      {isOrganiser && planned ? (
        <VStack gap="space-12">
          <div>
            <Button
              size="small"
              variant="secondary"
              loading={change.isPending}
              onClick={() => change.mutate({ kind: 'buildAgenda' })}
            >
              {t('meetings.agenda.build')}
            </Button>
          </div>
          <form
            noValidate
            onSubmit={(event) => {
              event.preventDefault();
              if (!title.trim()) return;
              change.mutate(
                { kind: 'addAgendaItem', title: title.trim() },
                { onSuccess: () => setTitle('') },
              );
            }}
          >
            <HStack gap="space-8" align="end">
              <TextField
                label={t('meetings.agenda.addTitle')}
                value={title}
                maxLength={200}
                onChange={(e) => setTitle(e.target.value)}
              />
              <Button type="submit" size="small" variant="secondary">
                {t('meetings.agenda.add')}
              </Button>
            </HStack>
          </form>
        </VStack>
      ) : null}
    </Step>
  );
}

function FinancialBlock({ data, change, meId }: StepProps) {
  const { t } = useTranslation();
  const me = data.meeting.parties.find((p) => p.id === meId);
  const [answers, setAnswers] = useState<Record<string, string>>({});
  const [resolution, setResolution] = useState('');
  const f = data.financial;
  if (!f) return <BodyShort data-testid="financial-hidden">{t('meetings.financial.hidden')}</BodyShort>;
  const planned = data.meeting.status === 'planned';
  return (
    <VStack gap="space-8" data-testid="financial-item">
      <BodyShort weight="semibold">{t('meetings.financial.scenarios')}</BodyShort>
      {f.scenarios.length === 0 ? (
        <BodyShort>{t('meetings.financial.noScenarios')}</BodyShort>
      ) : (
        <ul>
          {f.scenarios.map((s) => (
            <li key={s.id}>{s.name}</li>
          ))}
        </ul>
      )}
      <BodyShort weight="semibold">{t('meetings.financial.questions')}</BodyShort>
      {f.questions.length === 0 ? <BodyShort>{t('meetings.financial.noQuestions')}</BodyShort> : null}
      <ul className="card-list">
        {f.questions.map((q) => (
          <li key={q.id}>
            <VStack gap="space-4">
              <BodyShort>{q.question}</BodyShort>
              {q.answer ? (
                <Detail>
                  {t('meetings.financial.answeredHere', {
                    name: q.answeredBy?.displayName ?? '',
                    answer: q.answer,
                  })}
                </Detail>
              ) : me?.role === 'nav_counsellor' && planned ? (
                <form
                  noValidate
                  onSubmit={(event) => {
                    event.preventDefault();
                    const answer = (answers[q.id] ?? '').trim();
                    if (!answer) return;
                    change.mutate({ kind: 'navAnswer', questionId: q.id, version: q.version, answer });
                  }}
                >
                  <HStack gap="space-8" align="end">
                    <TextField
                      label={t('meetings.financial.answer')}
                      value={answers[q.id] ?? ''}
                      maxLength={2000}
                      onChange={(e) => setAnswers((a) => ({ ...a, [q.id]: e.target.value }))}
                    />
                    <Button type="submit" size="small" variant="secondary">
                      {t('meetings.financial.answerSubmit')}
                    </Button>
                  </HStack>
                </form>
              ) : null}
            </VStack>
          </li>
        ))}
      </ul>
      {f.resolution ? (
        <Alert variant="success" size="small" inline>
          {t('meetings.financial.resolved', {
            name: f.resolvedBy?.displayName ?? '',
            resolution: f.resolution,
          })}
        </Alert>
      ) : me && me.role !== 'jobseeker' && planned ? (
        <form
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            if (!resolution.trim()) return;
            change.mutate({ kind: 'resolveFinancial', resolution: resolution.trim() });
          }}
        >
          <HStack gap="space-8" align="end">
            <TextField
              label={t('meetings.financial.resolution')}
              value={resolution}
              maxLength={2000}
              onChange={(e) => setResolution(e.target.value)}
            />
            <Button type="submit" size="small" variant="secondary">
              {t('meetings.financial.resolve')}
            </Button>
          </HStack>
        </form>
      ) : null}
    </VStack>
  );
}

type Entry = MeetingDetail['minutes'][number];

function EntryView({
  entry,
  entries,
  canEdit,
  onEdit,
}: {
  entry: Entry;
  entries: readonly Entry[];
  canEdit: boolean;
  onEdit: () => void;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  const earlier = entry.replacesId ? entries.find((e) => e.id === entry.replacesId) : undefined;
  return (
    <li data-testid="minute-entry">
      <VStack gap="space-4">
        <HStack gap="space-8" align="center">
          <Tag size="small" variant={entry.kind === 'decision' ? 'success' : 'neutral'}>
            {t(`meetings.minutes.kind.${entry.kind}`)}
          </Tag>
          {entry.category ? (
            <Tag size="small" variant="alt1">
              {t(`therapistNotes.categories.${entry.category}`)}
            </Tag>
          ) : null}
          {entry.replacesId ? (
            <Tag size="small" variant="warning">
              {t('meetings.minutes.changedInVersion', { version: entry.minutesVersion })}
            </Tag>
          ) : null}
        </HStack>
        <BodyShort className="preserve-lines">{entry.text}</BodyShort>
        {earlier ? (
          <Detail>
            {t('meetings.minutes.replaced')} <s>{earlier.text}</s>
          </Detail>
        ) : null}
        <Detail>
          {t('meetings.minutes.by', {
            name: entry.author.displayName,
            when: formatDateTime(entry.createdAt, language),
          })}
        </Detail>
        {entry.sharedWith ? (
          <HStack gap="space-4" align="center" wrap={false}>
            <ShieldLockIcon aria-hidden />
            <Detail data-testid="minute-shared-with">
              {entry.sharedWith.length > 0
                ? t('therapistNotes.sharedWith', { names: names(entry.sharedWith) })
                : t('therapistNotes.sharedWithNobody')}
            </Detail>
          </HStack>
        ) : null}
        {canEdit ? (
          <div>
            <Button size="xsmall" variant="tertiary" onClick={onEdit}>
              {t('meetings.minutes.edit')}
            </Button>
          </div>
        ) : null}
      </VStack>
    </li>
  );
}

function MinuteForm({
  agendaItemId,
  replaces,
  isTherapist,
  data,
  change,
  onDone,
}: {
  agendaItemId: string;
  replaces: Entry | null;
  isTherapist: boolean;
  data: MeetingDetail;
  change: Change;
  onDone?: () => void;
}) {
  const { t } = useTranslation();
  const [kind, setKind] = useState<'minute' | 'decision'>(replaces?.kind ?? 'minute');
  const [text, setText] = useState(replaces?.text ?? '');
  const [category, setCategory] = useState<TherapistNoteCategory | 'none'>(replaces?.category ?? 'none');
  const [error, setError] = useState<string | null>(null);
  const sharing = data.sharingByCategory.find((c) => c.category === category)?.sharedWith;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!text.trim()) return setError(t('meetings.minutes.textRequired'));
    setError(null);
    change.mutate(
      {
        kind: 'minute',
        body: {
          agendaItemId,
          kind,
          text: text.trim(),
          category: category === 'none' ? null : category,
          replacesId: replaces?.id ?? null,
        },
      },
      {
        onSuccess: () => {
          setText('');
          onDone?.();
        },
      },
    );
  };
  return (
    <form onSubmit={submit} noValidate data-testid="minute-form">
      <VStack gap="space-8">
        {replaces && data.meeting.minutesState === 'published' ? (
          <Alert variant="info" size="small" inline>
            {t('meetings.minutes.editPublished')}
          </Alert>
        ) : null}
        <Select
          label={t('meetings.minutes.kindLabel')}
          value={kind}
          onChange={(e) => setKind(e.target.value as 'minute' | 'decision')}
        >
          <option value="minute">{t('meetings.minutes.kind.minute')}</option>
          <option value="decision">{t('meetings.minutes.kind.decision')}</option>
        </Select>
        {isTherapist ? (
          <Select
            label={t('meetings.minutes.category')}
            description={t('meetings.minutes.categoryDescription')}
            value={category}
            onChange={(e) => setCategory(e.target.value as TherapistNoteCategory | 'none')}
          >
            <option value="none">{t('meetings.minutes.categoryNone')}</option>
            {THERAPIST_NOTE_CATEGORIES.map((c) => (
              <option key={c} value={c}>
                {t(`therapistNotes.categories.${c}`)}
              </option>
            ))}
          </Select>
        ) : null}
        {isTherapist && sharing ? (
          <Detail aria-live="polite">
            {sharing.length > 0
              ? t('therapistNotes.form.willBeShared', { names: names(sharing) })
              : t('therapistNotes.form.willBeSharedWithNobody')}
          </Detail>
        ) : null}
        <Textarea
          label={replaces ? t('meetings.minutes.editHeading') : t('meetings.minutes.text')}
          value={text}
          maxLength={4000}
          minRows={2}
          onChange={(e) => setText(e.target.value)}
          error={error ?? undefined}
        />
        <HStack gap="space-8">
          <Button type="submit" size="small" variant="secondary" loading={change.isPending}>
            {replaces ? t('meetings.minutes.saveEdit') : t('meetings.minutes.add')}
          </Button>
          {onDone ? (
            <Button type="button" size="small" variant="tertiary" onClick={onDone}>
              {t('meetings.minutes.cancel')}
            </Button>
          ) : null}
        </HStack>
      </VStack>
    </form>
  );
}

function MinutesStep(props: StepProps) {
  const { data, change, meId, started } = props;
  const { t } = useTranslation();
  const [editing, setEditing] = useState<string | null>(null);
  const me = data.meeting.parties.find((p) => p.id === meId);
  const canWrite =
    me !== undefined && me.role !== 'jobseeker' && started && data.meeting.status === 'planned';
  return (
    <Step id="meeting-minutes" title={t('meetings.minutes.heading')}>
      <BodyLong>{t('meetings.minutes.intro')}</BodyLong>
      {!started ? (
        <Alert variant="info" size="small">
          {t('meetings.minutes.notYet')}
        </Alert>
      ) : null}
      {data.hiddenEntries > 0 ? (
        <Alert variant="info" size="small" data-testid="minutes-hidden">
          {t('meetings.minutes.hiddenEntries', { count: data.hiddenEntries })}
        </Alert>
      ) : null}
      {data.agenda.map((item) => {
        const entries = data.minutes.filter((e) => e.agendaItemId === item.id && e.replacedById === null);
        return (
          <section key={item.id} aria-labelledby={`minutes-${item.id}`} data-testid="minutes-item">
            <VStack gap="space-8">
              <Heading level="3" size="xsmall" id={`minutes-${item.id}`}>
                {itemTitle(t, item)}
              </Heading>
              {item.kind === 'financial' ? <FinancialBlock {...props} /> : null}
              {entries.length === 0 ? <Detail>{t('meetings.minutes.none')}</Detail> : null}
              <ul className="card-list">
                {entries.map((entry) =>
                  editing === entry.id ? (
                    <li key={entry.id}>
                      <MinuteForm
                        agendaItemId={item.id}
                        replaces={entry}
                        isTherapist={me?.role === 'therapist'}
                        data={data}
                        change={change}
                        onDone={() => setEditing(null)}
                      />
                    </li>
                  ) : (
                    <EntryView
                      key={entry.id}
                      entry={entry}
                      entries={data.minutes}
                      canEdit={canWrite && entry.author.id === meId}
                      onEdit={() => setEditing(entry.id)}
                    />
                  ),
                )}
              </ul>
              {canWrite ? (
                <MinuteForm
                  agendaItemId={item.id}
                  replaces={null}
                  isTherapist={me?.role === 'therapist'}
                  data={data}
                  change={change}
                />
              ) : null}
            </VStack>
          </section>
        );
      })}
      <ErrorLine error={change.error} />
    </Step>
  );
}

function ActionsStep({ data, change, participantId, meId }: StepProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const done = useMarkActionDone(participantId);
  const [text, setText] = useState('');
  const [owner, setOwner] = useState('');
  const [deadline, setDeadline] = useState('');
  const [errors, setErrors] = useState<Partial<Record<'text' | 'ownerUserId' | 'deadline', string>>>({});
  const me = data.meeting.parties.find((p) => p.id === meId);
  const canAdd = me !== undefined && me.role !== 'jobseeker' && data.meeting.status === 'planned';
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const found: typeof errors = {};
    if (!text.trim()) found.text = t('meetings.actions.errors.required');
    if (!owner) found.ownerUserId = t('meetings.actions.errors.action_owner_required');
    if (!deadline) found.deadline = t('meetings.actions.errors.action_deadline_required');
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    change.mutate(
      { kind: 'action', body: { text: text.trim(), ownerUserId: owner, deadline, agendaItemId: null } },
      {
        onSuccess: () => {
          setText('');
          setOwner('');
          setDeadline('');
        },
        onError: (error) =>
          setErrors(
            mapServerFieldErrors(t, error, ['text', 'ownerUserId', 'deadline'] as const, (p) =>
              actionProblemMessage(t, p),
            ).fields,
          ),
      },
    );
  };
  return (
    <Step id="meeting-actions" title={t('meetings.actions.heading')}>
      <BodyLong>{t('meetings.actions.intro')}</BodyLong>
      {data.actions.length === 0 ? <BodyShort>{t('meetings.actions.none')}</BodyShort> : null}
      <ul className="card-list" data-testid="actions-list">
        {data.actions.map((a) => (
          <li key={a.id} data-testid="meeting-action">
            <VStack gap="space-4">
              <BodyShort weight="semibold">{a.text}</BodyShort>
              <Detail>{`${t('meetings.actions.owner')}: ${a.owner.displayName}`}</Detail>
              <HStack gap="space-8" wrap>
                <Tag size="small" variant="neutral">
                  {t('meetings.actions.due', { date: formatLocalDate(a.deadline, language) })}
                </Tag>
                {a.daysOverdue > 0 ? (
                  <Tag size="small" variant="error" data-testid="action-overdue">
                    {t('meetings.actions.overdue', { count: a.daysOverdue })}
                  </Tag>
                ) : null}
                {a.doneOn ? (
                  <Tag size="small" variant="success">
                    {t('meetings.actions.done', { date: formatLocalDate(a.doneOn, language) })}
                  </Tag>
                ) : null}
              </HStack>
              {a.owner.id === meId ? (
                <div>
                  <Button
                    size="xsmall"
                    variant="secondary"
                    loading={done.isPending}
                    onClick={() =>
                      done.mutate(
                        { actionId: a.id, version: a.version, done: a.doneOn === null },
                        { onSuccess: () => change.reset() },
                      )
                    }
                  >
                    {a.doneOn ? t('meetings.actions.markNotDone') : t('meetings.actions.markDone')}
                  </Button>
                </div>
              ) : null}
            </VStack>
          </li>
        ))}
      </ul>
      {canAdd ? (
        <form onSubmit={submit} noValidate data-testid="action-form">
          <VStack gap="space-8">
            <TextField
              label={t('meetings.actions.text')}
              value={text}
              maxLength={1000}
              onChange={(e) => setText(e.target.value)}
              error={errors.text}
            />
            <Select
              label={t('meetings.actions.owner')}
              value={owner}
              onChange={(e) => setOwner(e.target.value)}
              error={errors.ownerUserId}
            >
              <option value="">{t('meetings.actions.chooseOwner')}</option>
              {data.meeting.parties.map((p) => (
                <option key={p.id} value={p.id}>
                  {`${p.displayName} (${t(`meetings.roles.${p.role}`)})`}
                </option>
              ))}
            </Select>
            <DateField
              label={t('meetings.actions.deadline')}
              value={deadline}
              onChange={(e) => setDeadline(e.target.value)}
              error={errors.deadline}
            />
            <div>
              <Button type="submit" size="small" variant="secondary" loading={change.isPending}>
                {t('meetings.actions.add')}
              </Button>
            </div>
          </VStack>
        </form>
      ) : null}
      <ErrorLine error={done.error} />
    </Step>
  );
}

function PublishStep({ data, change, isOrganiser, isJobseeker }: StepProps) {
  const { t } = useTranslation();
  const m = data.meeting;
  return (
    <Step id="meeting-publish" title={t('meetings.publish.heading')}>
      <BodyShort data-testid="minutes-state">
        {m.minutesState === 'draft'
          ? t('meetings.publish.draft')
          : m.minutesState === 'seen_by_jobseeker'
            ? t('meetings.publish.seen')
            : t('meetings.publish.published', { version: m.minutesVersion })}
      </BodyShort>
      {isJobseeker && m.minutesState === 'draft' && data.minutes.length > 0 ? (
        <div>
          <Button size="small" loading={change.isPending} onClick={() => change.mutate({ kind: 'seen' })}>
            {t('meetings.publish.markSeen')}
          </Button>
        </div>
      ) : null}
      {isOrganiser && m.minutesState !== 'published' ? (
        m.minutesState === 'seen_by_jobseeker' ? (
          <div>
            <Button
              size="small"
              loading={change.isPending}
              onClick={() => change.mutate({ kind: 'publish' })}
            >
              {t('meetings.publish.publish')}
            </Button>
          </div>
        ) : (
          <Detail>{t('meetings.publish.needsJobseeker')}</Detail>
        )
      ) : null}
    </Step>
  );
}

function FollowUpStep({ data, change, meId, started }: StepProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const mine = data.followUps.find((f) => f.id === meId);
  const [answer, setAnswer] = useState<'yes' | 'partly' | 'no' | ''>(mine?.answer ?? '');
  const [why, setWhy] = useState(mine?.why ?? '');
  const [error, setError] = useState<string | null>(null);
  const isParty = data.meeting.parties.some((p) => p.id === meId);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!answer) return;
    if (answer !== 'yes' && !why.trim()) return setError(t('meetings.followUp.whyRequired'));
    setError(null);
    change.mutate({ kind: 'followUp', body: { answer, why: why.trim() || null } });
  };
  return (
    <Step id="meeting-follow-up" title={t('meetings.followUp.heading')}>
      {!started ? <BodyShort>{t('meetings.followUp.notYet')}</BodyShort> : null}
      {started && isParty && data.meeting.status === 'planned' ? (
        <form onSubmit={submit} noValidate data-testid="follow-up-form">
          <VStack gap="space-8">
            <RadioGroup
              legend={t('meetings.followUp.question')}
              value={answer}
              onChange={(v: 'yes' | 'partly' | 'no') => setAnswer(v)}
            >
              <Radio value="yes">{t('meetings.followUp.answers.yes')}</Radio>
              <Radio value="partly">{t('meetings.followUp.answers.partly')}</Radio>
              <Radio value="no">{t('meetings.followUp.answers.no')}</Radio>
            </RadioGroup>
            {answer && answer !== 'yes' ? (
              <Textarea
                label={t('meetings.followUp.why')}
                description={t('meetings.followUp.whyDescription')}
                value={why}
                maxLength={2000}
                minRows={2}
                onChange={(e) => setWhy(e.target.value)}
                error={error ?? undefined}
              />
            ) : null}
            <div>
              <Button type="submit" size="small" variant="secondary" loading={change.isPending}>
                {t('meetings.followUp.save')}
              </Button>
            </div>
          </VStack>
        </form>
      ) : null}
      {data.followUps.length > 0 ? (
        <ul className="card-list" data-testid="follow-ups">
          {data.followUps.map((f) => (
            <li key={f.id}>
              <BodyShort>
                {`${f.displayName} (${t(`meetings.roles.${f.role}`)}): ${t(`meetings.followUp.answers.${f.answer}`)}`}
              </BodyShort>
              {f.why ? <Detail>{f.why}</Detail> : null}
              <Detail>{formatDateTime(f.answeredAt, language)}</Detail>
            </li>
          ))}
        </ul>
      ) : null}
    </Step>
  );
}

/** One meeting, step by step: invitation, expectations, agenda, minutes, actions, publication, follow-up. */
function MeetingView({
  participantId,
  meetingId,
  backTo,
}: {
  participantId: string;
  meetingId: string;
  backTo: string;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  const me = useMe();
  const query = useMeeting(participantId, meetingId);
  const change = useChangeMeeting(participantId, meetingId);
  useDocumentTitle(t('meetings.heading'));
  if (query.isPending) return <LoadingState label={t('meetings.loading')} />;
  if (query.isError)
    return (
      <ErrorState
        heading={t('meetings.page.loadError')}
        error={query.error}
        onRetry={() => void query.refetch()}
        retrying={query.isFetching}
      />
    );
  const data = query.data;
  const m = data.meeting;
  const props: StepProps = {
    data,
    change,
    participantId,
    meId: me.id,
    isOrganiser: m.organiser.id === me.id,
    isJobseeker: me.role === 'jobseeker',
    started: new Date(m.startsAt).getTime() <= Date.now(),
  };
  return (
    <VStack gap="space-16" maxWidth="48rem">
      <Link as={RouterLink} to={backTo}>
        {t('meetings.page.back')}
      </Link>
      <VStack gap="space-4">
        <Heading level="1" size="large">
          {meetingWhen(t, language, m)}
        </Heading>
        <BodyShort>{t('meetings.page.organiser', { name: m.organiser.displayName })}</BodyShort>
        <HStack gap="space-8">
          <Tag size="small" variant={m.status === 'cancelled' ? 'error' : 'info'}>
            {t(`meetings.status.${m.status}`)}
          </Tag>
          <Tag size="small" variant="neutral">
            {t(`meetings.minutesState.${m.minutesState}`)}
          </Tag>
        </HStack>
      </VStack>
      <nav aria-label={t('meetings.page.steps')}>
        <ol className="meeting-steps">
          <li>
            <Link href="#meeting-invitation">{t('meetings.page.invitation')}</Link>
          </li>
          <li>
            <Link href="#meeting-expectations">{t('meetings.expectations.heading')}</Link>
          </li>
          <li>
            <Link href="#meeting-agenda">{t('meetings.agenda.heading')}</Link>
          </li>
          <li>
            <Link href="#meeting-minutes">{t('meetings.minutes.heading')}</Link>
          </li>
          <li>
            <Link href="#meeting-actions">{t('meetings.actions.heading')}</Link>
          </li>
          <li>
            <Link href="#meeting-publish">{t('meetings.publish.heading')}</Link>
          </li>
          <li>
            <Link href="#meeting-follow-up">{t('meetings.followUp.heading')}</Link>
          </li>
        </ol>
      </nav>
      <InvitationStep {...props} />
      <ExpectationsStep key={`exp-${m.version}`} {...props} />
      <AgendaStep {...props} />
      <MinutesStep {...props} />
      <ActionsStep {...props} />
      <PublishStep {...props} />
      <FollowUpStep {...props} />
    </VStack>
  );
}

export function ParticipantMeetingPage() {
  const { id = '', meetingId = '' } = useParams();
  return (
    <MeetingView
      participantId={id}
      meetingId={meetingId}
      backTo={`/participants/${encodeURIComponent(id)}#meetings-heading`}
    />
  );
}

export function MyMeetingPage() {
  const me = useMe();
  const { meetingId = '' } = useParams();
  return <MeetingView participantId={me.participantId ?? ''} meetingId={meetingId} backTo="/my-page" />;
}

import { osloDate } from '@ips-bridge/domain';
import { ExclamationmarkTriangleIcon } from '@navikt/aksel-icons';
import {
  Alert,
  BodyLong,
  BodyShort,
  Box,
  Button,
  Detail,
  Heading,
  HStack,
  Textarea,
  VStack,
} from '@navikt/ds-react';
import { type FormEvent, type ReactNode, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { newIdempotencyKey } from '../../api/client.ts';
import { isApiError } from '../../api/problem.ts';
import type { SupervisionNote } from '../../api/types.ts';
import {
  type SupervisionNoteInput,
  useEditSupervisionNote,
  useSupervisionNotes,
  useWriteSupervisionNote,
} from '../../api/workforce.ts';
import { DateField } from '../../components/DateField.tsx';
import { ErrorState } from '../../components/ErrorState.tsx';
import { LoadingState } from '../../components/LoadingState.tsx';
import { formatLocalDate } from '../../i18n/format.ts';
import { problemMessage } from '../../i18n/problemMessage.ts';
import { useLanguage } from '../../i18n/useLanguage.ts';

type Errors = Partial<Record<'date' | 'text', string>>;

function useValidate() {
  const { t } = useTranslation();
  return (draft: SupervisionNoteInput, today: string): Errors => {
    const errors: Errors = {};
    if (draft.date === '') errors.date = t('workforce.notes.errors.dateRequired');
    else if (draft.date > today) errors.date = t('workforce.notes.errors.dateInFuture');
    if (draft.text.trim() === '') errors.text = t('workforce.notes.errors.textRequired');
    return errors;
  };
}

/** The date and text of a note, with the warning against jobseekers' names (as on the team-meeting form). */
function NoteFields({
  idPrefix,
  draft,
  errors,
  today,
  onChange,
}: {
  idPrefix: string;
  draft: SupervisionNoteInput;
  errors: Errors;
  today: string;
  onChange: (change: Partial<SupervisionNoteInput>) => void;
}) {
  const { t } = useTranslation();
  return (
    <>
      <DateField
        id={`${idPrefix}-date`}
        label={t('workforce.notes.date')}
        value={draft.date}
        max={today}
        onChange={(event) => onChange({ date: event.target.value })}
        error={errors.date}
      />
      <Alert variant="warning" size="small" inline>
        <HStack gap="space-4" align="start" wrap={false}>
          <ExclamationmarkTriangleIcon aria-hidden />
          <span>{t('workforce.notes.warning')}</span>
        </HStack>
      </Alert>
      <Textarea
        id={`${idPrefix}-text`}
        label={t('workforce.notes.text')}
        value={draft.text}
        maxLength={2000}
        minRows={3}
        onChange={(event) => onChange({ text: event.target.value })}
        error={errors.text}
      />
    </>
  );
}

function NewNoteForm({ specialistId }: { specialistId: string }) {
  const { t } = useTranslation();
  const today = osloDate(new Date());
  const write = useWriteSupervisionNote(specialistId);
  const validate = useValidate();
  const [draft, setDraft] = useState<SupervisionNoteInput>({ date: today, text: '' });
  const [errors, setErrors] = useState<Errors>({});
  const [saved, setSaved] = useState(false);
  // One key per note: a retry after a failure sends the same key, so the note is saved at most once.
  const key = useRef(newIdempotencyKey());

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const found = validate(draft, today);
    setErrors(found);
    setSaved(false);
    if (Object.keys(found).length > 0) return;
    write.mutate(
      { body: { date: draft.date, text: draft.text.trim() }, idempotencyKey: key.current },
      {
        onSuccess: () => {
          key.current = newIdempotencyKey();
          setDraft({ date: today, text: '' });
          setSaved(true);
        },
      },
    );
  };

  return (
    <Box padding="space-16" borderWidth="1" borderColor="neutral-subtle" borderRadius="8">
      <form onSubmit={submit} noValidate data-testid="supervision-note-form">
        <VStack gap="space-12">
          <NoteFields
            idPrefix={`note-new-${specialistId}`}
            draft={draft}
            errors={errors}
            today={today}
            onChange={(change) => setDraft((d) => ({ ...d, ...change }))}
          />
          {write.isError ? (
            <Alert variant="error" size="small" role="alert">
              {problemMessage(t, write.error)}
            </Alert>
          ) : null}
          {saved ? (
            <Alert variant="success" size="small" role="status">
              {t('workforce.notes.saved')}
            </Alert>
          ) : null}
          <div>
            <Button type="submit" size="small" loading={write.isPending}>
              {t('workforce.notes.submit')}
            </Button>
          </div>
        </VStack>
      </form>
    </Box>
  );
}

function EditNoteForm({ note, onDone }: { note: SupervisionNote; onDone: () => void }) {
  const { t } = useTranslation();
  const today = osloDate(new Date());
  const edit = useEditSupervisionNote(note.specialistId);
  const validate = useValidate();
  const [draft, setDraft] = useState<SupervisionNoteInput>({ date: note.date, text: note.text });
  const [errors, setErrors] = useState<Errors>({});

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const found = validate(draft, today);
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    edit.mutate(
      { id: note.id, version: note.version, body: { date: draft.date, text: draft.text.trim() } },
      { onSuccess: onDone },
    );
  };
  const stale = isApiError(edit.error) && edit.error.status === 412;
  return (
    <form onSubmit={submit} noValidate>
      <VStack gap="space-12">
        <NoteFields
          idPrefix={`note-${note.id}`}
          draft={draft}
          errors={errors}
          today={today}
          onChange={(change) => setDraft((d) => ({ ...d, ...change }))}
        />
        {edit.isError ? (
          <Alert variant="error" size="small" role="alert">
            {stale ? t('workforce.notes.errors.changed') : problemMessage(t, edit.error)}
          </Alert>
        ) : null}
        <HStack gap="space-12">
          <Button type="submit" size="small" loading={edit.isPending}>
            {t('workforce.notes.save')}
          </Button>
          <Button type="button" size="small" variant="tertiary" onClick={onDone}>
            {t('workforce.notes.cancel')}
          </Button>
        </HStack>
      </VStack>
    </form>
  );
}

/**
 * Supervision notes about one specialist: their supervisor writes and changes them (If-Match on the note's
 * version), the specialist reads the notes about themselves.
 */
export function SupervisionNotesPanel({
  specialistId,
  heading,
  intro,
  headingLevel = '2',
}: {
  specialistId: string;
  heading: string;
  intro?: string;
  headingLevel?: '2' | '3';
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  const query = useSupervisionNotes(specialistId);
  const [editing, setEditing] = useState<string | null>(null);
  const headingId = `supervision-notes-${specialistId}`;
  let content: ReactNode;
  if (query.isPending) content = <LoadingState label={t('workforce.notes.loading')} />;
  else if (query.isError)
    content = (
      <ErrorState
        heading={t('workforce.notes.loadError')}
        headingLevel="3"
        error={query.error}
        onRetry={() => void query.refetch()}
        retrying={query.isFetching}
      />
    );
  else
    content = (
      <VStack gap="space-12">
        {query.data.mayWrite ? <NewNoteForm specialistId={specialistId} /> : null}
        {query.data.items.length === 0 ? (
          <BodyShort className="text-subtle">{t('workforce.notes.empty')}</BodyShort>
        ) : (
          <ul className="card-list" aria-labelledby={headingId}>
            {query.data.items.map((note) => (
              <li key={note.id} data-testid="supervision-note">
                <Box padding="space-12" borderWidth="1" borderColor="neutral-subtle" borderRadius="8">
                  {editing === note.id ? (
                    <EditNoteForm note={note} onDone={() => setEditing(null)} />
                  ) : (
                    <VStack gap="space-4">
                      <Heading level={headingLevel === '2' ? '3' : '4'} size="xsmall">
                        {formatLocalDate(note.date, language)}
                      </Heading>
                      <BodyLong className="preserve-lines">{note.text}</BodyLong>
                      <Detail>{t('workforce.notes.by', { name: note.author.displayName })}</Detail>
                      {query.data.mayWrite ? (
                        <div>
                          <Button size="xsmall" variant="tertiary" onClick={() => setEditing(note.id)}>
                            {t('workforce.notes.edit', { date: formatLocalDate(note.date, language) })}
                          </Button>
                        </div>
                      ) : null}
                    </VStack>
                  )}
                </Box>
              </li>
            ))}
          </ul>
        )}
      </VStack>
    );
  return (
    <section aria-labelledby={headingId} data-testid="supervision-notes">
      <VStack gap="space-12">
        <Heading level={headingLevel} size="small" id={headingId}>
          {heading}
        </Heading>
        {intro ? <BodyShort>{intro}</BodyShort> : null}
        {content}
      </VStack>
    </section>
  );
}

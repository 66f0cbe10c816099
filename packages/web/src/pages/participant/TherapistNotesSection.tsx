import { THERAPIST_NOTE_CATEGORIES, type TherapistNoteCategory } from '@ips-bridge/domain';
import { PlusIcon, ShieldLockIcon } from '@navikt/aksel-icons';
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
  Textarea,
  VStack,
} from '@navikt/ds-react';
import { type FormEvent, type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useTherapistNotes, useWriteTherapistNote } from '../../api/therapistNotes.ts';
import type { TherapistNotes } from '../../api/types.ts';
import { ErrorState } from '../../components/ErrorState.tsx';
import { LoadingState } from '../../components/LoadingState.tsx';
import { useFocusRequest } from '../../hooks/useFocusRequest.ts';
import { formatDateTime } from '../../i18n/format.ts';
import { problemMessage } from '../../i18n/problemMessage.ts';
import { useLanguage } from '../../i18n/useLanguage.ts';

export const THERAPIST_NOTES_HEADING_ID = 'therapist-notes-heading';
const MAX_NOTE = 4000;

type SharedWith = TherapistNotes['items'][number]['sharedWith'];

function names(list: SharedWith): string {
  return list.map((r) => r.displayName).join(', ');
}

/** The "shared with" line: derived on the server from the jobseeker's consent, the rule that also enforces it. */
function SharedWithLine({ list, testId }: { list: SharedWith; testId: string }) {
  const { t } = useTranslation();
  return (
    <HStack gap="space-4" align="center" wrap={false}>
      <ShieldLockIcon aria-hidden />
      <Detail data-testid={testId}>
        {list.length > 0
          ? t('therapistNotes.sharedWith', { names: names(list) })
          : t('therapistNotes.sharedWithNobody')}
      </Detail>
    </HStack>
  );
}

function NoteForm({
  participantId,
  data,
  onSaved,
  onCancel,
}: {
  participantId: string;
  data: TherapistNotes;
  onSaved: () => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const write = useWriteTherapistNote(participantId);
  const [category, setCategory] = useState<TherapistNoteCategory>('work_functioning');
  const [text, setText] = useState('');
  const [error, setError] = useState<string | null>(null);
  const sharedWith = data.sharingByCategory.find((c) => c.category === category)?.sharedWith ?? [];

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const trimmed = text.trim();
    if (trimmed === '') return setError(t('therapistNotes.form.textRequired'));
    if (trimmed.length > MAX_NOTE) return setError(t('therapistNotes.form.textTooLong'));
    setError(null);
    write.mutate({ category, text: trimmed }, { onSuccess: onSaved });
  };

  return (
    <Box padding="space-16" borderWidth="1" borderColor="neutral-subtle" borderRadius="8">
      <form onSubmit={submit} noValidate data-testid="therapist-note-form">
        <VStack gap="space-16">
          <Heading level="3" size="xsmall">
            {t('therapistNotes.form.heading')}
          </Heading>
          <RadioGroup
            legend={t('therapistNotes.form.category')}
            value={category}
            onChange={(value: TherapistNoteCategory) => setCategory(value)}
          >
            {THERAPIST_NOTE_CATEGORIES.map((c) => (
              <Radio key={c} value={c}>
                {t(`therapistNotes.categories.${c}`)}
              </Radio>
            ))}
          </RadioGroup>
          <Alert
            variant="info"
            size="small"
            inline
            data-testid="therapist-note-will-be-shared"
            aria-live="polite"
          >
            {sharedWith.length > 0
              ? t('therapistNotes.form.willBeShared', { names: names(sharedWith) })
              : t('therapistNotes.form.willBeSharedWithNobody')}
          </Alert>
          <Textarea
            label={t('therapistNotes.form.text')}
            description={t('therapistNotes.form.textDescription')}
            value={text}
            onChange={(event) => setText(event.target.value)}
            maxLength={MAX_NOTE}
            error={error ?? undefined}
            minRows={4}
          />
          {write.isError ? (
            <Alert variant="error" size="small" role="alert">
              {problemMessage(t, write.error)}
            </Alert>
          ) : null}
          <HStack gap="space-12">
            <Button type="submit" size="small" loading={write.isPending}>
              {t('therapistNotes.form.submit')}
            </Button>
            <Button type="button" size="small" variant="tertiary" onClick={onCancel}>
              {t('therapistNotes.form.cancel')}
            </Button>
          </HStack>
        </VStack>
      </form>
    </Box>
  );
}

/**
 * Notes from the therapist: each stored once, in one health category, and shown to each reader only as far as the
 * jobseeker's consent for that category reaches. Every note says who sees it; the therapist sees, while writing,
 * who will.
 */
export function TherapistNotesSection({
  participantId,
  canWrite,
}: {
  participantId: string;
  canWrite: boolean;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  const query = useTherapistNotes(participantId);
  const [writing, setWriting] = useState(false);
  const [saved, setSaved] = useState(false);
  const savedMessage = useFocusRequest<HTMLDivElement>();
  const openButton = useFocusRequest<HTMLButtonElement>();

  let content: ReactNode;
  if (query.isPending) {
    content = <LoadingState label={t('therapistNotes.loading')} />;
  } else if (query.isError) {
    content = (
      <ErrorState
        heading={t('therapistNotes.loadError')}
        headingLevel="3"
        error={query.error}
        onRetry={() => void query.refetch()}
        retrying={query.isFetching}
      />
    );
  } else {
    const { items } = query.data;
    content = (
      <VStack gap="space-16">
        {saved ? (
          <Alert variant="success" size="small" ref={savedMessage.ref} tabIndex={-1} role="status">
            {t('therapistNotes.form.saved')}
          </Alert>
        ) : null}
        {writing ? (
          <NoteForm
            participantId={participantId}
            data={query.data}
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
        ) : canWrite ? (
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
              data-testid="write-therapist-note"
            >
              {t('therapistNotes.form.open')}
            </Button>
          </div>
        ) : null}
        {items.length === 0 ? (
          <BodyShort className="text-subtle">{t('therapistNotes.empty')}</BodyShort>
        ) : (
          <ul className="card-list" aria-labelledby={THERAPIST_NOTES_HEADING_ID}>
            {items.map((note) => (
              <li key={note.id} data-testid="therapist-note" data-category={note.category}>
                <Box padding="space-12" borderWidth="1" borderColor="neutral-subtle" borderRadius="8">
                  <VStack gap="space-8">
                    <Heading level="3" size="xsmall">
                      {t(`therapistNotes.categories.${note.category}`)}
                    </Heading>
                    <BodyLong className="preserve-lines">{note.text}</BodyLong>
                    <Detail textColor="subtle">
                      {t('therapistNotes.by', {
                        name: note.author.displayName,
                        when: formatDateTime(note.createdAt, language),
                      })}
                    </Detail>
                    <SharedWithLine list={note.sharedWith} testId="therapist-note-shared-with" />
                  </VStack>
                </Box>
              </li>
            ))}
          </ul>
        )}
      </VStack>
    );
  }

  return (
    <section aria-labelledby={THERAPIST_NOTES_HEADING_ID} data-testid="therapist-notes">
      <VStack gap="space-16">
        <VStack gap="space-4">
          <Heading level="2" size="medium" id={THERAPIST_NOTES_HEADING_ID}>
            {t('therapistNotes.heading')}
          </Heading>
          <BodyShort>{t('therapistNotes.intro')}</BodyShort>
        </VStack>
        {content}
      </VStack>
    </section>
  );
}

import { CheckmarkIcon, PaperplaneIcon } from '@navikt/aksel-icons';
import {
  Alert,
  BodyLong,
  BodyShort,
  Box,
  Button,
  Detail,
  Heading,
  HStack,
  Tag,
  Textarea,
  VStack,
} from '@navikt/ds-react';
import { type FormEvent, type ReactNode, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMarkMessagesRead, useMessages, useSendMessage } from '../../api/messages.ts';
import type { Messages } from '../../api/types.ts';
import { ErrorState } from '../../components/ErrorState.tsx';
import { LoadingState } from '../../components/LoadingState.tsx';
import { useFocusRequest } from '../../hooks/useFocusRequest.ts';
import { formatDateTime } from '../../i18n/format.ts';
import { problemMessage } from '../../i18n/problemMessage.ts';
import { useLanguage } from '../../i18n/useLanguage.ts';
import './messages.css';

export const MESSAGES_HEADING_ID = 'messages-heading';
const MAX_MESSAGE = 4000;

type Message = Messages['items'][number];

/** Who has read one of the caller's own messages: "Read by X at …" for each reader, or "not read yet". */
function ReadStatus({ message }: { message: Message }) {
  const { t } = useTranslation();
  const language = useLanguage();
  if (message.readBy.length === 0) {
    return <Detail data-testid="message-read-status">{t('messages.notReadYet')}</Detail>;
  }
  return (
    <VStack gap="space-0" data-testid="message-read-status">
      {message.readBy.map((r) => (
        <HStack key={r.userId} gap="space-4" align="center" wrap={false}>
          <CheckmarkIcon aria-hidden />
          <Detail>
            {t('messages.readBy', { name: r.displayName, when: formatDateTime(r.readAt, language) })}
          </Detail>
        </HStack>
      ))}
    </VStack>
  );
}

function MessageItem({ message, isNew }: { message: Message; isNew: boolean }) {
  const { t } = useTranslation();
  const language = useLanguage();
  return (
    <li
      className={message.mine ? 'message message--mine' : 'message'}
      data-testid="message"
      data-new={isNew ? 'true' : 'false'}
    >
      <Box padding="space-12" borderWidth="1" borderColor="neutral-subtle" borderRadius="8">
        <VStack gap="space-8">
          <HStack gap="space-8" align="center" justify="space-between">
            <Detail weight="semibold">
              {message.mine
                ? t('messages.sentByMe', { when: formatDateTime(message.createdAt, language) })
                : t('messages.sentBy', {
                    name: message.author.displayName,
                    role: t(`roles.${message.author.role}`),
                    when: formatDateTime(message.createdAt, language),
                  })}
            </Detail>
            {isNew ? (
              <Tag variant="info" size="xsmall">
                {t('messages.newMessage')}
              </Tag>
            ) : null}
          </HStack>
          <BodyLong className="preserve-lines" data-testid="message-text">
            {message.text}
          </BodyLong>
          {message.mine ? <ReadStatus message={message} /> : null}
        </VStack>
      </Box>
    </li>
  );
}

function MessageForm({ participantId, onSent }: { participantId: string; onSent: () => void }) {
  const { t } = useTranslation();
  const send = useSendMessage(participantId);
  const [text, setText] = useState('');
  const [error, setError] = useState<string | null>(null);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const trimmed = text.trim();
    if (trimmed === '') return setError(t('messages.form.textRequired'));
    if (trimmed.length > MAX_MESSAGE) return setError(t('messages.form.textTooLong'));
    setError(null);
    send.mutate(
      { text: trimmed },
      {
        onSuccess: () => {
          setText('');
          onSent();
        },
      },
    );
  };

  return (
    <form onSubmit={submit} noValidate data-testid="message-form">
      <VStack gap="space-12">
        <Textarea
          label={t('messages.form.label')}
          description={t('messages.form.description')}
          value={text}
          onChange={(event) => setText(event.target.value)}
          maxLength={MAX_MESSAGE}
          error={error ?? undefined}
          minRows={3}
        />
        {send.isError ? (
          <Alert variant="error" size="small" role="alert">
            {problemMessage(t, send.error)}
          </Alert>
        ) : null}
        <div>
          <Button type="submit" size="small" icon={<PaperplaneIcon aria-hidden />} loading={send.isPending}>
            {t('messages.form.submit')}
          </Button>
        </div>
      </VStack>
    </form>
  );
}

/**
 * Secure messages in the participant's journey: one conversation between the jobseeker and the care-team members
 * the jobseeker shares contact and plan with. Messages the caller has not read are marked new and then recorded as
 * read (the author sees "read by … at …"). Never sent by e-mail; never edited or deleted.
 */
export function MessagesSection({ participantId, self = false }: { participantId: string; self?: boolean }) {
  const { t } = useTranslation();
  const query = useMessages(participantId);
  const markRead = useMarkMessagesRead(participantId);
  const [sent, setSent] = useState(false);
  const sentMessage = useFocusRequest<HTMLDivElement>();
  // The messages that were unread when the caller first saw them stay marked "new" while the page is open.
  const [seenAsNew, setSeenAsNew] = useState<ReadonlySet<string>>(new Set());
  const marking = useRef(new Set<string>());
  const markReadMutate = markRead.mutate;

  const unreadIds = query.data?.items.filter((m) => !m.readByMe).map((m) => m.id) ?? [];
  const unreadKey = unreadIds.join(',');
  useEffect(() => {
    const ids = unreadKey === '' ? [] : unreadKey.split(',').filter((id) => !marking.current.has(id));
    if (ids.length === 0) return;
    for (const id of ids) marking.current.add(id);
    setSeenAsNew((before) => new Set([...before, ...ids]));
    markReadMutate(ids);
  }, [unreadKey, markReadMutate]);

  let content: ReactNode;
  if (query.isPending) {
    content = <LoadingState label={t('messages.loading')} />;
  } else if (query.isError) {
    content = (
      <ErrorState
        heading={t('messages.loadError')}
        headingLevel="3"
        error={query.error}
        onRetry={() => void query.refetch()}
        retrying={query.isFetching}
      />
    );
  } else {
    const { items, parties } = query.data;
    const others = parties.map((p) => p.displayName).join(', ');
    content = (
      <VStack gap="space-16">
        <Detail data-testid="message-parties">
          {parties.length > 0 ? t('messages.parties', { names: others }) : t('messages.partiesNobody')}
        </Detail>
        {items.length === 0 ? (
          <BodyShort className="text-subtle">{t('messages.empty')}</BodyShort>
        ) : (
          <ol className="message-list" aria-labelledby={MESSAGES_HEADING_ID}>
            {items.map((message) => (
              <MessageItem key={message.id} message={message} isNew={seenAsNew.has(message.id)} />
            ))}
          </ol>
        )}
        {sent ? (
          <Alert variant="success" size="small" ref={sentMessage.ref} tabIndex={-1} role="status">
            {t('messages.form.sent')}
          </Alert>
        ) : null}
        <MessageForm
          participantId={participantId}
          onSent={() => {
            setSent(true);
            sentMessage.focus();
          }}
        />
      </VStack>
    );
  }

  const newCount = seenAsNew.size;
  return (
    <section aria-labelledby={MESSAGES_HEADING_ID} data-testid="messages">
      <VStack gap="space-16">
        <VStack gap="space-4">
          <HStack gap="space-8" align="center">
            <Heading level="2" size="medium" id={MESSAGES_HEADING_ID}>
              {t('messages.heading')}
            </Heading>
            {newCount > 0 ? (
              <Tag variant="info" size="small" data-testid="messages-unread-badge">
                {t('messages.unreadBadge', { count: newCount })}
              </Tag>
            ) : null}
          </HStack>
          <BodyShort>{self ? t('messages.introSelf') : t('messages.intro')}</BodyShort>
        </VStack>
        {content}
      </VStack>
    </section>
  );
}

import { osloDate } from '@ips-bridge/domain';
import { ArrowLeftIcon, PencilIcon, PersonCrossIcon } from '@navikt/aksel-icons';
import {
  Alert,
  BodyLong,
  BodyShort,
  Box,
  Button,
  Detail,
  Heading,
  Link,
  ReadMore,
  VStack,
} from '@navikt/ds-react';
import { type ReactNode, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import {
  type AccessBlock,
  type ConsentOverview,
  type ConsentRecipientView,
  useConsentOverview,
  useLiftBlock,
} from '../../api/consent.ts';
import { isRecordUnavailable } from '../../api/problem.ts';
import { useMe } from '../../auth/MeContext.tsx';
import { ErrorState } from '../../components/ErrorState.tsx';
import { LoadingState } from '../../components/LoadingState.tsx';
import { useDocumentTitle } from '../../hooks/useDocumentTitle.ts';
import { useFocusRequest } from '../../hooks/useFocusRequest.ts';
import { formatLocalDate } from '../../i18n/format.ts';
import { problemMessage } from '../../i18n/problemMessage.ts';
import { useLanguage } from '../../i18n/useLanguage.ts';
import { MyRestrictionPanel } from '../privacy/RestrictionPanel.tsx';
import { BlockDialog } from './BlockDialog.tsx';
import { EditSharingDialog } from './EditSharingDialog.tsx';
import { CategoryGuide, ConsentHistory, SharingCard } from './SharingCard.tsx';

type Dialog =
  | { kind: 'edit'; recipient: ConsentRecipientView }
  | { kind: 'block'; recipient: ConsentRecipientView };

function BlockItem({
  participantId,
  block,
  onLifted,
}: {
  participantId: string;
  block: AccessBlock;
  onLifted: (name: string) => void;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  const lift = useLiftBlock(participantId);
  return (
    <li data-testid="block-item">
      <Box padding="space-12" borderWidth="1" borderColor="neutral-subtle" borderRadius="8">
        <VStack gap="space-8" align="start">
          <VStack gap="space-2">
            <BodyShort weight="semibold">{block.displayName}</BodyShort>
            <Detail as="p" textColor="subtle">
              {t('consent.block.since', { date: formatLocalDate(block.createdAt.slice(0, 10), language) })}
            </Detail>
            {block.reason ? (
              <BodyShort size="small">{t('consent.block.reasonShown', { reason: block.reason })}</BodyShort>
            ) : null}
          </VStack>
          {lift.isError ? (
            <Alert variant="error" size="small" role="alert">
              {problemMessage(t, lift.error)}
            </Alert>
          ) : null}
          <Button
            type="button"
            size="small"
            variant="secondary"
            loading={lift.isPending}
            onClick={() => lift.mutate(block.id, { onSuccess: () => onLifted(block.displayName) })}
            data-testid="lift-block"
          >
            {t('consent.block.lift')}
            <span className="sr-only"> {t('consent.block.liftFor', { name: block.displayName })}</span>
          </Button>
        </VStack>
      </Box>
    </li>
  );
}

function SharingWorkspace({ participantId, overview }: { participantId: string; overview: ConsentOverview }) {
  const { t } = useTranslation();
  const [today] = useState(() => osloDate(new Date()));
  const [dialog, setDialog] = useState<Dialog | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const noticeFocus = useFocusRequest<HTMLDivElement>();

  // A dialog that closes gives focus back to the button that opened it (the dialog is unmounted, so the browser
  // does not); when that button is gone (a block), the confirmation takes focus instead.
  const opener = useRef<HTMLElement | null>(null);
  const [returnFocus, setReturnFocus] = useState(0);
  useEffect(() => {
    if (returnFocus > 0 && opener.current?.isConnected) opener.current.focus();
  }, [returnFocus]);

  const open = (next: Dialog) => {
    opener.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    setNotice(null);
    setDialog(next);
  };
  const close = () => {
    setDialog(null);
    setReturnFocus((count) => count + 1);
  };

  return (
    <VStack gap="space-32">
      <ReadMore header={t('consent.sharing.categoriesHeading')}>
        <CategoryGuide />
      </ReadMore>

      <section aria-labelledby="sharing-people-heading">
        <Heading level="2" size="medium" id="sharing-people-heading" spacing>
          {t('consent.sharing.peopleHeading')}
        </Heading>
        {/* Confirmations are read out where they appear. After a change of sharing focus stays on the button the
            dialog returns to; after a block or its lifting that button is gone, so focus comes here. */}
        <div role="status" ref={noticeFocus.ref} tabIndex={-1} data-testid="sharing-notice">
          {notice ? (
            <Box marginBlock="space-0 space-16">
              <Alert variant="success" size="small">
                {notice}
              </Alert>
            </Box>
          ) : null}
        </div>

        {overview.recipients.length === 0 ? (
          <BodyLong>{t('consent.sharing.empty')}</BodyLong>
        ) : (
          <ul className="sharing-cards sharing-cards--columns">
            {overview.recipients.map((recipient) => (
              <li key={recipient.userId}>
                <SharingCard
                  recipient={recipient}
                  history={overview.history}
                  voice="self"
                  level="3"
                  today={today}
                  actions={
                    recipient.blocked ? null : (
                      <>
                        <Button
                          type="button"
                          size="small"
                          variant="secondary"
                          icon={<PencilIcon aria-hidden />}
                          onClick={() => open({ kind: 'edit', recipient })}
                          data-testid="edit-sharing"
                        >
                          {t('consent.sharing.edit')}
                          <span className="sr-only">
                            {' '}
                            {t('consent.sharing.editFor', { name: recipient.displayName })}
                          </span>
                        </Button>
                        <Button
                          type="button"
                          size="small"
                          variant="tertiary"
                          icon={<PersonCrossIcon aria-hidden />}
                          onClick={() => open({ kind: 'block', recipient })}
                          data-testid="block-person"
                        >
                          {t('consent.sharing.block')}
                          <span className="sr-only">
                            {' '}
                            {t('consent.sharing.blockFor', { name: recipient.displayName })}
                          </span>
                        </Button>
                      </>
                    )
                  }
                />
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="sharing-blocks-heading" data-testid="blocks">
        <Heading level="2" size="medium" id="sharing-blocks-heading" spacing>
          {t('consent.block.heading')}
        </Heading>
        <VStack gap="space-12">
          <BodyLong>{t('consent.block.intro')}</BodyLong>
          {overview.blocks.length === 0 ? (
            <BodyShort data-testid="no-blocks">{t('consent.block.none')}</BodyShort>
          ) : (
            <ul className="card-list">
              {overview.blocks.map((block) => (
                <BlockItem
                  key={block.id}
                  participantId={participantId}
                  block={block}
                  onLifted={(name) => {
                    setNotice(t('consent.block.lifted', { name }));
                    noticeFocus.focus();
                  }}
                />
              ))}
            </ul>
          )}
        </VStack>
      </section>

      <section aria-labelledby="sharing-history-heading">
        <Heading level="2" size="medium" id="sharing-history-heading" spacing>
          {t('consent.history.heading')}
        </Heading>
        <VStack gap="space-12">
          <BodyLong>{t('consent.history.intro')}</BodyLong>
          <ConsentHistory history={overview.history} voice="self" />
        </VStack>
      </section>

      <Link as={RouterLink} to="/my-page/access-log">
        {t('consent.sharing.accessLogLink')}
      </Link>

      {dialog?.kind === 'edit' ? (
        <EditSharingDialog
          key={dialog.recipient.userId}
          participantId={participantId}
          recipient={dialog.recipient}
          onClose={close}
          onSaved={(updated) => {
            close();
            setNotice(t('consent.sharing.saved', { name: updated.displayName }));
          }}
        />
      ) : null}
      {dialog?.kind === 'block' ? (
        <BlockDialog
          key={dialog.recipient.userId}
          participantId={participantId}
          recipient={dialog.recipient}
          onClose={close}
          onBlocked={() => {
            setDialog(null);
            setNotice(t('consent.block.blocked', { name: dialog.recipient.displayName }));
            noticeFocus.focus();
          }}
        />
      ) : null}
    </VStack>
  );
}

/** "Who sees what": the jobseeker's own page for sharing, blocks and the history of their decisions. */
export function MySharingPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('consent.sharing.title'));
  const me = useMe();
  const overview = useConsentOverview(me.participantId);

  let content: ReactNode;
  if (me.participantId === null || (overview.isError && isRecordUnavailable(overview.error))) {
    content = <Alert variant="info">{t('consent.noRecord')}</Alert>;
  } else if (overview.isPending) {
    content = <LoadingState label={t('consent.sharing.loading')} />;
  } else if (overview.isError) {
    content = (
      <ErrorState
        heading={t('consent.sharing.loadError')}
        error={overview.error}
        onRetry={() => void overview.refetch()}
        retrying={overview.isFetching}
      />
    );
  } else {
    content = <SharingWorkspace participantId={me.participantId} overview={overview.data} />;
  }

  return (
    <VStack gap="space-24" maxWidth="64rem">
      <Link as={RouterLink} to="/my-page">
        <ArrowLeftIcon aria-hidden />
        {t('consent.backToMyPage')}
      </Link>
      <VStack gap="space-8" maxWidth="44rem">
        <Heading level="1" size="large">
          {t('consent.sharing.title')}
        </Heading>
        <BodyLong size="large">{t('consent.sharing.intro')}</BodyLong>
      </VStack>
      {content}
      {me.participantId !== null && overview.isSuccess ? (
        <MyRestrictionPanel participantId={me.participantId} />
      ) : null}
    </VStack>
  );
}

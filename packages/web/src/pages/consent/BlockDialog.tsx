import { Alert, BodyLong, Button, Modal, Textarea, VStack } from '@navikt/ds-react';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type ConsentRecipientView, useBlockPerson } from '../../api/consent.ts';
import { problemMessage } from '../../i18n/problemMessage.ts';

const FORM_ID = 'block-person-form';

/** "Block <name>?": says what a block does before the jobseeker confirms it, with an optional reason. */
export function BlockDialog({
  participantId,
  recipient,
  onClose,
  onBlocked,
}: {
  participantId: string;
  recipient: Pick<ConsentRecipientView, 'userId' | 'displayName'>;
  onClose: () => void;
  onBlocked: () => void;
}) {
  const { t } = useTranslation();
  const block = useBlockPerson(participantId);
  const [reason, setReason] = useState('');
  const name = recipient.displayName;

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    block.mutate({ userId: recipient.userId, reason: reason.trim() }, { onSuccess: onBlocked });
  };

  return (
    <Modal
      open
      onClose={onClose}
      header={{ heading: t('consent.block.confirmHeading', { name }), size: 'small' }}
      width="medium"
      className="consent-dialog"
      data-testid="block-dialog"
    >
      <Modal.Body>
        <form id={FORM_ID} onSubmit={submit} noValidate>
          <VStack gap="space-16">
            <BodyLong>{t('consent.block.confirmText', { name })}</BodyLong>
            <BodyLong>{t('consent.block.confirmEffect', { name })}</BodyLong>
            {block.isError ? (
              <Alert variant="error" size="small" role="alert">
                {problemMessage(t, block.error)}
              </Alert>
            ) : null}
            <Textarea
              label={t('consent.block.reason')}
              value={reason}
              maxLength={500}
              minRows={2}
              onChange={(event) => setReason(event.target.value)}
            />
          </VStack>
        </form>
      </Modal.Body>
      <Modal.Footer>
        <Button
          type="submit"
          form={FORM_ID}
          variant="danger"
          loading={block.isPending}
          data-testid="block-confirm"
        >
          {t('consent.block.confirm')}
        </Button>
        <Button type="button" variant="secondary" onClick={onClose}>
          {t('common.cancel')}
        </Button>
      </Modal.Footer>
    </Modal>
  );
}

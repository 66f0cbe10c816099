import { BREAK_THE_GLASS_ROLES, type Role } from '@ips-bridge/domain';
import { ExclamationmarkTriangleIcon } from '@navikt/aksel-icons';
import { Alert, BodyLong, Button, Modal, Textarea, VStack } from '@navikt/ds-react';
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useEmergencyAccess } from '../../api/consent.ts';
import { isApiError } from '../../api/problem.ts';
import { useMe } from '../../auth/MeContext.tsx';
import { useFocusRequest } from '../../hooks/useFocusRequest.ts';
import type { Language } from '../../i18n/catalogue.ts';
import { problemMessage } from '../../i18n/problemMessage.ts';
import { useLanguage } from '../../i18n/useLanguage.ts';
import { rememberEmergencyAccess, takeJustOpened, useEmergencyAccessUntil } from './emergencyAccessStore.ts';

const FORM_ID = 'emergency-access-form';
const REASON_ID = 'emergency-access-reason';
const MIN_REASON = 10;

export function canBreakTheGlass(role: Role): boolean {
  return (BREAK_THE_GLASS_ROLES as readonly Role[]).includes(role);
}

function formatTime(value: string, language: Language): string {
  return new Intl.DateTimeFormat(language === 'en' ? 'en-GB' : 'nb-NO', {
    hour: '2-digit',
    minute: '2-digit',
    timeZone: 'Europe/Oslo',
  }).format(new Date(value));
}

/**
 * Break the glass: a supervisor opens a participant's record outside consent. The dialog asks for the reason and
 * says plainly what happens (read only, 60 minutes, logged and shown to the participant); then everything on the
 * page is fetched again with the opened access. Renders nothing for roles that may not do this.
 */
export function EmergencyAccessAction({ participantId }: { participantId: string }) {
  const { t } = useTranslation();
  const me = useMe();
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState('');
  const button = useFocusRequest<HTMLButtonElement>();
  const emergency = useEmergencyAccess(participantId, (opened) => {
    rememberEmergencyAccess(participantId, opened.expiresAt);
    setOpen(false);
    setReason('');
  });
  const [error, setError] = useState<string | undefined>(undefined);
  if (!canBreakTheGlass(me.role)) return null;

  const close = () => {
    setOpen(false);
    setError(undefined);
    emergency.reset();
    button.focus();
  };

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    emergency.reset();
    if (reason.trim().length < MIN_REASON) {
      setError(t('consent.emergency.reasonTooShort'));
      document.getElementById(REASON_ID)?.focus();
      return;
    }
    emergency.mutate(reason.trim());
  };

  let serverProblem: string | null = null;
  if (emergency.isError) {
    serverProblem =
      isApiError(emergency.error) && emergency.error.status === 404
        ? t('consent.emergency.refused')
        : problemMessage(t, emergency.error);
  }

  return (
    <>
      <Button
        ref={button.ref}
        type="button"
        size="small"
        variant="secondary"
        data-color="danger"
        icon={<ExclamationmarkTriangleIcon aria-hidden />}
        onClick={() => setOpen(true)}
        data-testid="emergency-access"
      >
        {t('consent.emergency.open')}
      </Button>
      {open ? (
        <Modal
          open
          onClose={close}
          header={{ heading: t('consent.emergency.heading'), size: 'small' }}
          width="medium"
          className="consent-dialog"
          data-testid="emergency-access-dialog"
        >
          <Modal.Body>
            <form id={FORM_ID} onSubmit={submit} noValidate>
              <VStack gap="space-16">
                <BodyLong>{t('consent.emergency.text')}</BodyLong>
                <Alert variant="warning" size="small">
                  {t('consent.emergency.facts')}
                </Alert>
                {serverProblem ? (
                  <Alert variant="error" size="small" role="alert">
                    {serverProblem}
                  </Alert>
                ) : null}
                <Textarea
                  id={REASON_ID}
                  label={t('consent.emergency.reason')}
                  description={t('consent.emergency.reasonDescription')}
                  value={reason}
                  maxLength={1000}
                  minRows={3}
                  onChange={(event) => {
                    setReason(event.target.value);
                    setError(undefined);
                  }}
                  error={error}
                />
              </VStack>
            </form>
          </Modal.Body>
          <Modal.Footer>
            <Button
              type="submit"
              form={FORM_ID}
              variant="danger"
              loading={emergency.isPending}
              data-testid="emergency-access-confirm"
            >
              {t('consent.emergency.confirm')}
            </Button>
            <Button type="button" variant="secondary" onClick={close}>
              {t('common.cancel')}
            </Button>
          </Modal.Footer>
        </Modal>
      ) : null}
    </>
  );
}

/** "You have emergency access until 15:05": shown on the participant page while this tab's opening lasts. */
export function EmergencyAccessNotice({ participantId }: { participantId: string }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const until = useEmergencyAccessUntil(participantId);
  const ref = useRef<HTMLDivElement>(null);
  // Right after the opening the page has reloaded under the user's feet: this notice is where they are now.
  useEffect(() => {
    if (until !== null && takeJustOpened(participantId)) ref.current?.focus();
  }, [until, participantId]);
  if (until === null) return null;
  return (
    <Alert variant="warning" ref={ref} tabIndex={-1} data-testid="emergency-access-active">
      {t('consent.emergency.active', { time: formatTime(until, language) })}
    </Alert>
  );
}

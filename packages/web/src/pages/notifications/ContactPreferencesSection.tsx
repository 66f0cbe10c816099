import type { ContactPreferencesView } from '@ips-bridge/contracts';
import { Alert, BodyLong, Button, Checkbox, Fieldset, Heading, TextField, VStack } from '@navikt/ds-react';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useContactPreferences, useSaveContactPreferences } from '../../api/notifications.ts';
import { isApiError } from '../../api/problem.ts';
import { ErrorState } from '../../components/ErrorState.tsx';
import { FormErrorSummary } from '../../components/FormErrorSummary.tsx';
import { LoadingState } from '../../components/LoadingState.tsx';
import { fieldProblemMessage, problemMessage } from '../../i18n/problemMessage.ts';

const HEADING_ID = 'contact-preferences-heading';
const FIELD_IDS = { email: 'contact-email', phone: 'contact-phone' } as const;

function activeText(
  view: ContactPreferencesView,
):
  | 'notifications.contact.activeBoth'
  | 'notifications.contact.activeEmail'
  | 'notifications.contact.activeSms'
  | 'notifications.contact.activeNone' {
  const email = view.activeChannels.includes('email');
  const sms = view.activeChannels.includes('sms');
  if (email && sms) return 'notifications.contact.activeBoth';
  if (email) return 'notifications.contact.activeEmail';
  if (sms) return 'notifications.contact.activeSms';
  return 'notifications.contact.activeNone';
}

/** The form keeps what the person typed; each save is made against the version last saved (If-Match). */
function PreferencesForm({ saved }: { saved: ContactPreferencesView }) {
  const { t } = useTranslation();
  const save = useSaveContactPreferences();
  const [email, setEmail] = useState(saved.email ?? '');
  const [phone, setPhone] = useState(saved.phone ?? '');
  const [emailOptIn, setEmailOptIn] = useState(saved.emailOptIn);
  const [smsOptIn, setSmsOptIn] = useState(saved.smsOptIn);
  const [noDigitalContact, setNoDigitalContact] = useState(saved.noDigitalContact);

  const fieldErrors = save.isError && isApiError(save.error) ? save.error.fieldErrors : [];
  const errorFor = (field: 'email' | 'phone') => {
    const problem = fieldErrors.find((p) => p.path === field);
    return problem ? fieldProblemMessage(t, problem) : undefined;
  };
  const summary = (['email', 'phone'] as const).flatMap((field) => {
    const message = errorFor(field);
    return message ? [{ fieldId: FIELD_IDS[field], message }] : [];
  });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    save.mutate({
      input: {
        email: email.trim() || null,
        phone: phone.trim() || null,
        emailOptIn,
        smsOptIn,
        noDigitalContact,
      },
      version: saved.version,
    });
  };

  return (
    <form onSubmit={submit} noValidate data-testid="contact-preferences-form">
      <VStack gap="space-16">
        <FormErrorSummary entries={summary} />
        <Fieldset legend={t('notifications.contact.channels')} disabled={noDigitalContact}>
          <VStack gap="space-8">
            <Checkbox checked={emailOptIn} onChange={(e) => setEmailOptIn(e.target.checked)}>
              {t('notifications.contact.email')}
            </Checkbox>
            <TextField
              id={FIELD_IDS.email}
              label={t('notifications.contact.emailAddress')}
              type="email"
              autoComplete="email"
              value={email}
              onChange={(e) => setEmail(e.target.value)}
              error={errorFor('email')}
              maxLength={254}
            />
            <Checkbox checked={smsOptIn} onChange={(e) => setSmsOptIn(e.target.checked)}>
              {t('notifications.contact.sms')}
            </Checkbox>
            <TextField
              id={FIELD_IDS.phone}
              label={t('notifications.contact.phone')}
              type="tel"
              autoComplete="tel"
              value={phone}
              onChange={(e) => setPhone(e.target.value)}
              error={errorFor('phone')}
              maxLength={20}
            />
          </VStack>
        </Fieldset>
        <Checkbox
          checked={noDigitalContact}
          onChange={(e) => setNoDigitalContact(e.target.checked)}
          description={t('notifications.contact.noDigitalHelp')}
          data-testid="no-digital-contact"
        >
          {t('notifications.contact.noDigital')}
        </Checkbox>
        {save.isError && fieldErrors.length === 0 ? (
          <Alert variant="error" role="alert">
            {problemMessage(t, save.error)}
          </Alert>
        ) : null}
        {save.isSuccess ? (
          <Alert variant="success" role="status" data-testid="contact-preferences-saved">
            {t('notifications.contact.saved')} {t(activeText(save.data))}
          </Alert>
        ) : null}
        <div>
          <Button type="submit" loading={save.isPending}>
            {t('notifications.contact.save')}
          </Button>
        </div>
      </VStack>
    </form>
  );
}

/** How the person wants to be told outside the app: e-mail or SMS by choice, or not digitally at all. */
export function ContactPreferencesSection() {
  const { t } = useTranslation();
  const preferences = useContactPreferences();
  return (
    <section aria-labelledby={HEADING_ID} id="contact-preferences" data-testid="contact-preferences">
      <VStack gap="space-16">
        <Heading level="2" size="medium" id={HEADING_ID}>
          {t('notifications.contact.heading')}
        </Heading>
        <BodyLong>{t('notifications.contact.intro')}</BodyLong>
        {preferences.isPending ? (
          <LoadingState label={t('notifications.contact.loading')} />
        ) : preferences.isError ? (
          <ErrorState
            heading={t('notifications.contact.loadError')}
            error={preferences.error}
            onRetry={() => void preferences.refetch()}
            retrying={preferences.isFetching}
            headingLevel="3"
          />
        ) : (
          <>
            <BodyLong data-testid="contact-active">{t(activeText(preferences.data))}</BodyLong>
            <PreferencesForm saved={preferences.data} />
          </>
        )}
      </VStack>
    </section>
  );
}

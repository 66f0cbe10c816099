import {
  INFORMATION_CATEGORIES,
  type InformationCategory,
  osloDate,
  RECIPIENT_ROLES,
} from '@ips-bridge/domain';
import {
  Alert,
  Button,
  Checkbox,
  CheckboxGroup,
  Heading,
  HStack,
  Radio,
  RadioGroup,
  Select,
  TextField,
  VStack,
} from '@navikt/ds-react';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type ConsentOverview, useRecordConsent } from '../../api/consent.ts';
import { isApiError } from '../../api/problem.ts';
import { DateField } from '../../components/DateField.tsx';
import { FormErrorSummary } from '../../components/FormErrorSummary.tsx';
import { useFormErrors } from '../../forms/useFormErrors.ts';
import { useFocusRequest } from '../../hooks/useFocusRequest.ts';
import { fieldProblemMessage, problemMessage } from '../../i18n/problemMessage.ts';
import {
  checkPaperConsent,
  type PaperConsentDraft,
  type PaperConsentField,
  paperChanges,
  paperRecipientValue,
  parsePaperRecipient,
} from '../consent/consentChanges.ts';
import { useToggleForm } from './useToggleForm.ts';

const FIELDS: readonly PaperConsentField[] = ['recipient', 'categories', 'validFrom', 'validTo', 'signed'];
const FIELD_IDS: Record<PaperConsentField, string> = {
  recipient: 'paper-consent-recipient',
  categories: 'paper-consent-categories',
  validFrom: 'paper-consent-valid-from',
  validTo: 'paper-consent-valid-to',
  signed: 'paper-consent-signed',
};
const HEADING_ID = 'paper-consent-heading';

function emptyDraft(today: string): PaperConsentDraft {
  return {
    recipient: '',
    decision: 'grant',
    categories: [],
    purpose: '',
    validFrom: today,
    validTo: '',
    signed: false,
  };
}

/**
 * "Record consent from a paper form": a specialist or supervisor records what the participant decided on a signed
 * form, for one person in the care team or everyone in a role. Recorded as on paper, with who recorded it.
 */
export function PaperConsentForm({
  participantId,
  overview,
}: {
  participantId: string;
  overview: ConsentOverview;
}) {
  const { t } = useTranslation();
  const toggle = useToggleForm();
  const record = useRecordConsent(participantId);
  const [today] = useState(() => osloDate(new Date()));
  const [draft, setDraft] = useState<PaperConsentDraft>(() => emptyDraft(today));
  const [saved, setSaved] = useState(false);
  const form = useFormErrors(FIELDS, (field) => FIELD_IDS[field]);
  const savedFocus = useFocusRequest<HTMLDivElement>();
  const firstField = useFocusRequest<HTMLSelectElement>();
  const userIds = overview.recipients.map((r) => r.userId);

  const change = <K extends keyof PaperConsentDraft>(key: K, value: PaperConsentDraft[K]) => {
    setDraft((current) => ({ ...current, [key]: value }));
    if ((FIELDS as readonly string[]).includes(key)) form.clearField(key as PaperConsentField);
    if (key === 'validFrom') form.clearField('validTo');
  };

  const openForm = () => {
    record.reset();
    form.clearAll();
    setSaved(false);
    setDraft(emptyDraft(today));
    toggle.openForm();
    firstField.focus();
  };

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    record.reset();
    const recipient = parsePaperRecipient(draft.recipient, RECIPIENT_ROLES, userIds);
    const problems = checkPaperConsent(draft, recipient, today);
    form.showErrors(
      Object.fromEntries(
        Object.entries(problems).map(([field, problem]) => [
          field,
          t(`consent.staff.paper.errors.${problem}`),
        ]),
      ),
    );
    if (recipient === null || Object.keys(problems).length > 0) return;
    record.mutate(
      { recordedVia: 'paper', changes: paperChanges(draft, recipient) },
      {
        onSuccess: () => {
          setSaved(true);
          toggle.closeAfterSave();
          savedFocus.focus();
        },
      },
    );
  };

  let serverProblem: string | null = null;
  if (record.isError) {
    const fieldMessages = isApiError(record.error)
      ? record.error.fieldErrors.map((problem) => fieldProblemMessage(t, problem))
      : [];
    serverProblem = fieldMessages.length > 0 ? fieldMessages.join(' ') : problemMessage(t, record.error);
  }

  return (
    <VStack gap="space-12" align="start">
      {saved ? (
        <Alert
          variant="success"
          size="small"
          role="status"
          ref={savedFocus.ref}
          tabIndex={-1}
          data-testid="paper-consent-saved"
        >
          {t('consent.staff.paper.saved')}
        </Alert>
      ) : null}
      {toggle.open ? (
        <section
          className="form-panel form-panel--wide"
          aria-labelledby={HEADING_ID}
          data-testid="paper-consent-form"
        >
          <VStack gap="space-16">
            <Heading level="3" size="small" id={HEADING_ID}>
              {t('consent.staff.paper.heading')}
            </Heading>
            <FormErrorSummary ref={form.summaryRef} entries={form.summaryEntries} />
            {serverProblem ? (
              <Alert variant="error" size="small" role="alert">
                {serverProblem}
              </Alert>
            ) : null}
            <form onSubmit={submit} noValidate aria-labelledby={HEADING_ID}>
              <VStack gap="space-20">
                <Select
                  ref={firstField.ref}
                  id={FIELD_IDS.recipient}
                  label={t('consent.staff.paper.recipient')}
                  value={draft.recipient}
                  onChange={(event) => change('recipient', event.target.value)}
                  error={form.errors.recipient}
                >
                  <option value="">{t('consent.staff.paper.choose')}</option>
                  {overview.recipients.map((r) => (
                    <option key={r.userId} value={paperRecipientValue({ kind: 'user', userId: r.userId })}>
                      {t('consent.staff.paper.recipientPerson', {
                        name: r.displayName,
                        role: t(`roles.${r.role}`),
                      })}
                    </option>
                  ))}
                  {RECIPIENT_ROLES.map((role) => (
                    <option key={role} value={paperRecipientValue({ kind: 'role', role })}>
                      {t('consent.staff.paper.recipientRole', { role: t(`roles.${role}`).toLowerCase() })}
                    </option>
                  ))}
                </Select>
                <RadioGroup
                  legend={t('consent.staff.paper.decision')}
                  value={draft.decision}
                  onChange={(value: 'grant' | 'withdraw') => change('decision', value)}
                >
                  <Radio value="grant">{t('consent.staff.paper.grant')}</Radio>
                  <Radio value="withdraw">{t('consent.staff.paper.withdraw')}</Radio>
                </RadioGroup>
                <CheckboxGroup
                  id={FIELD_IDS.categories}
                  tabIndex={-1}
                  legend={t('consent.staff.paper.categories')}
                  value={draft.categories}
                  onChange={(value: InformationCategory[]) => change('categories', value)}
                  error={form.errors.categories}
                >
                  {INFORMATION_CATEGORIES.map((category) => (
                    <Checkbox key={category} value={category}>
                      {t(`consent.categories.${category}.name`)}
                    </Checkbox>
                  ))}
                </CheckboxGroup>
                <TextField
                  label={t('consent.staff.paper.purpose')}
                  value={draft.purpose}
                  maxLength={500}
                  onChange={(event) => change('purpose', event.target.value)}
                />
                <HStack gap="space-16" wrap>
                  <DateField
                    id={FIELD_IDS.validFrom}
                    label={t('consent.staff.paper.validFrom')}
                    htmlSize={14}
                    value={draft.validFrom}
                    onChange={(event) => change('validFrom', event.target.value)}
                    error={form.errors.validFrom}
                  />
                  {draft.decision === 'grant' ? (
                    <DateField
                      id={FIELD_IDS.validTo}
                      label={t('consent.staff.paper.validTo')}
                      htmlSize={14}
                      min={today}
                      value={draft.validTo}
                      onChange={(event) => change('validTo', event.target.value)}
                      error={form.errors.validTo}
                    />
                  ) : null}
                </HStack>
                <CheckboxGroup
                  legend={t('consent.staff.paper.signed')}
                  hideLegend
                  value={draft.signed ? ['signed'] : []}
                  onChange={(value: string[]) => change('signed', value.includes('signed'))}
                  error={form.errors.signed}
                >
                  <Checkbox id={FIELD_IDS.signed} value="signed">
                    {t('consent.staff.paper.signed')}
                  </Checkbox>
                </CheckboxGroup>
                <HStack gap="space-12" wrap>
                  <Button
                    type="submit"
                    size="small"
                    loading={record.isPending}
                    data-testid="paper-consent-save"
                  >
                    {t('consent.staff.paper.save')}
                  </Button>
                  <Button type="button" size="small" variant="tertiary" onClick={toggle.cancel}>
                    {t('common.cancel')}
                  </Button>
                </HStack>
              </VStack>
            </form>
          </VStack>
        </section>
      ) : (
        <Button
          ref={toggle.buttonRef}
          type="button"
          size="small"
          variant="secondary"
          onClick={openForm}
          data-testid="open-paper-consent"
        >
          {t('consent.staff.paper.open')}
        </Button>
      )}
    </VStack>
  );
}

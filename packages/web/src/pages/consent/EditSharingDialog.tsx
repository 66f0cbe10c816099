import { type InformationCategory, osloDate } from '@ips-bridge/domain';
import { Alert, BodyLong, Button, Checkbox, CheckboxGroup, Modal, TextField, VStack } from '@navikt/ds-react';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type ConsentRecipientView, useRecordConsent } from '../../api/consent.ts';
import { DateField } from '../../components/DateField.tsx';
import { problemMessage } from '../../i18n/problemMessage.ts';
import { isIsoDate, sharingChanges } from './consentChanges.ts';

const FORM_ID = 'edit-sharing-form';

/**
 * "What can <name> see?": one checkbox per kind of information, ticked for what they see now, with an optional
 * purpose and end date. Saving records a grant or withdrawal for each box the jobseeker changed, for this person.
 */
export function EditSharingDialog({
  participantId,
  recipient,
  onClose,
  onSaved,
}: {
  participantId: string;
  recipient: ConsentRecipientView;
  onClose: () => void;
  onSaved: (recipient: ConsentRecipientView) => void;
}) {
  const { t } = useTranslation();
  const record = useRecordConsent(participantId);
  const [today] = useState(() => osloDate(new Date()));
  const [selected, setSelected] = useState<InformationCategory[]>(() =>
    recipient.sharing.filter((cell) => cell.shared).map((cell) => cell.category),
  );
  const [purpose, setPurpose] = useState('');
  const [validTo, setValidTo] = useState('');
  const [errors, setErrors] = useState<{ categories?: string; validTo?: string }>({});
  const name = recipient.displayName;

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    record.reset();
    const end = validTo.trim();
    const next: typeof errors = {};
    if (end !== '' && !isIsoDate(end)) next.validTo = t('consent.edit.validToInvalid');
    else if (end !== '' && end < today) next.validTo = t('consent.edit.validToPast');
    const changes = sharingChanges(recipient, new Set(selected), { purpose, validTo: end });
    if (changes.length === 0) next.categories = t('consent.edit.noChanges');
    setErrors(next);
    if (next.categories || next.validTo) {
      document.getElementById(next.categories ? 'edit-sharing-categories' : 'edit-sharing-valid-to')?.focus();
      return;
    }
    record.mutate(
      { recordedVia: 'jobseeker', changes },
      {
        onSuccess: (overview) => {
          const updated = overview.recipients.find((r) => r.userId === recipient.userId) ?? recipient;
          onSaved(updated);
        },
      },
    );
  };

  return (
    <Modal
      open
      onClose={onClose}
      header={{ heading: t('consent.edit.heading', { name }), size: 'small' }}
      width="medium"
      className="consent-dialog"
      data-testid="edit-sharing-dialog"
    >
      <Modal.Body>
        <form id={FORM_ID} onSubmit={submit} noValidate>
          <VStack gap="space-20">
            <BodyLong>{t('consent.edit.intro', { name })}</BodyLong>
            {record.isError ? (
              <Alert variant="error" size="small" role="alert">
                {problemMessage(t, record.error)}
              </Alert>
            ) : null}
            <CheckboxGroup
              id="edit-sharing-categories"
              tabIndex={-1}
              legend={t('consent.edit.categoriesLegend', { name })}
              value={selected}
              onChange={(value: InformationCategory[]) => {
                setSelected(value);
                setErrors((current) => ({ ...current, categories: undefined }));
              }}
              error={errors.categories}
            >
              {recipient.sharing.map((cell) => (
                <Checkbox
                  key={cell.category}
                  value={cell.category}
                  description={t(`consent.categories.${cell.category}.description`)}
                >
                  {t(`consent.categories.${cell.category}.name`)}
                </Checkbox>
              ))}
            </CheckboxGroup>
            <TextField
              label={t('consent.edit.purpose')}
              description={t('consent.edit.purposeDescription')}
              value={purpose}
              maxLength={500}
              onChange={(event) => setPurpose(event.target.value)}
            />
            <DateField
              id="edit-sharing-valid-to"
              label={t('consent.edit.validTo')}
              description={t('consent.edit.validToDescription')}
              min={today}
              htmlSize={14}
              value={validTo}
              onChange={(event) => {
                setValidTo(event.target.value);
                setErrors((current) => ({ ...current, validTo: undefined }));
              }}
              error={errors.validTo}
            />
          </VStack>
        </form>
      </Modal.Body>
      <Modal.Footer>
        <Button type="submit" form={FORM_ID} loading={record.isPending} data-testid="edit-sharing-save">
          {t('consent.edit.save')}
        </Button>
        <Button type="button" variant="secondary" onClick={onClose}>
          {t('common.cancel')}
        </Button>
      </Modal.Footer>
    </Modal>
  );
}

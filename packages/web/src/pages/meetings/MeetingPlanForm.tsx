import { osloDate } from '@ips-bridge/domain';
import {
  Button,
  Checkbox,
  CheckboxGroup,
  Heading,
  HStack,
  Textarea,
  TextField,
  type TextFieldProps,
  VStack,
} from '@navikt/ds-react';
import type { TFunction } from 'i18next';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MeetingList, MeetingPlanInput } from '../../api/types.ts';
import { DateField } from '../../components/DateField.tsx';
import { FormErrorSummary } from '../../components/FormErrorSummary.tsx';
import { type FieldErrors, mapServerFieldErrors } from '../../forms/fieldErrors.ts';
import { useFormErrors } from '../../forms/useFormErrors.ts';
import { planProblemMessage } from './meetingText.ts';

const TIME_INPUT_TYPE = 'time' as TextFieldProps['type'];
const FIELDS = ['date', 'startTime', 'endTime', 'place', 'videoLink', 'purpose', 'inviteeIds'] as const;
type Field = (typeof FIELDS)[number];
type Invitee = MeetingList['eligibleInvitees'][number];

export interface PlanValues {
  date: string;
  startTime: string;
  endTime: string;
  place: string;
  videoLink: string;
  purpose: string;
  inviteeIds: string[];
}

/** Checks what the browser can before sending; the server checks the same and more (care team, summer time). */
function validate(values: PlanValues, t: TFunction): FieldErrors<Field> {
  const errors: FieldErrors<Field> = {};
  if (!values.date) errors.date = t('meetings.plan.errors.required');
  else if (values.date < osloDate(new Date())) errors.date = t('meetings.plan.errors.meeting_in_past');
  if (!values.startTime) errors.startTime = t('meetings.plan.errors.required');
  if (!values.endTime) errors.endTime = t('meetings.plan.errors.required');
  else if (values.startTime && values.endTime <= values.startTime)
    errors.endTime = t('meetings.plan.errors.meeting_length');
  if (!values.place.trim() && !values.videoLink.trim())
    errors.place = t('meetings.plan.errors.place_or_link_required');
  if (values.videoLink.trim() && !values.videoLink.trim().startsWith('https://'))
    errors.videoLink = t('meetings.plan.errors.video_link_https');
  if (!values.purpose.trim()) errors.purpose = t('meetings.plan.errors.required');
  if (values.inviteeIds.length === 0) errors.inviteeIds = t('meetings.plan.errors.invitees_required');
  return errors;
}

export function toPlanInput(values: PlanValues): MeetingPlanInput {
  return {
    date: values.date,
    startTime: values.startTime,
    endTime: values.endTime,
    place: values.place.trim() || null,
    videoLink: values.videoLink.trim() || null,
    purpose: values.purpose.trim(),
    inviteeIds: values.inviteeIds,
  };
}

/** Plans a meeting or changes one: time in Norwegian time, place or video link, purpose and invitees. */
export function MeetingPlanForm({
  idPrefix,
  initial,
  invitees,
  meId,
  editing,
  pending,
  onSubmit,
  onCancel,
}: {
  idPrefix: string;
  initial: PlanValues;
  invitees: readonly Invitee[];
  meId: string;
  editing: boolean;
  pending: boolean;
  onSubmit: (input: MeetingPlanInput, onServerError: (error: unknown) => void) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const [values, setValues] = useState(initial);
  const idFor = (field: Field) => `${idPrefix}-${field}`;
  const { errors, showErrors, clearField, summaryEntries, summaryRef } = useFormErrors(FIELDS, idFor);
  const [other, setOther] = useState<string[]>([]);
  const set = <K extends keyof PlanValues>(field: K, value: PlanValues[K]) => {
    setValues((v) => ({ ...v, [field]: value }));
    clearField(field);
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const found = validate(values, t);
    showErrors(found);
    if (Object.keys(found).length > 0) return;
    onSubmit(toPlanInput(values), (error) => {
      const mapped = mapServerFieldErrors(t, error, FIELDS, (p) => planProblemMessage(t, p));
      showErrors(mapped.fields);
      setOther(mapped.other);
    });
  };

  return (
    <form onSubmit={submit} noValidate data-testid="meeting-plan-form">
      <VStack gap="space-16">
        <Heading level="3" size="xsmall">
          {editing ? t('meetings.plan.editHeading') : t('meetings.plan.heading')}
        </Heading>
        <FormErrorSummary entries={summaryEntries} ref={summaryRef} />
        <DateField
          id={idFor('date')}
          label={t('meetings.plan.date')}
          value={values.date}
          onChange={(e) => set('date', e.target.value)}
          error={errors.date}
        />
        <HStack gap="space-16" wrap>
          <TextField
            id={idFor('startTime')}
            type={TIME_INPUT_TYPE}
            label={t('meetings.plan.startTime')}
            description={t('meetings.plan.timeDescription')}
            value={values.startTime}
            onChange={(e) => set('startTime', e.target.value)}
            error={errors.startTime}
          />
          <TextField
            id={idFor('endTime')}
            type={TIME_INPUT_TYPE}
            label={t('meetings.plan.endTime')}
            description={t('meetings.plan.timeDescription')}
            value={values.endTime}
            onChange={(e) => set('endTime', e.target.value)}
            error={errors.endTime}
          />
        </HStack>
        <TextField
          id={idFor('place')}
          label={t('meetings.plan.place')}
          value={values.place}
          maxLength={200}
          onChange={(e) => set('place', e.target.value)}
          error={errors.place}
        />
        <TextField
          id={idFor('videoLink')}
          label={t('meetings.plan.videoLink')}
          description={t('meetings.plan.videoLinkDescription')}
          value={values.videoLink}
          maxLength={500}
          onChange={(e) => set('videoLink', e.target.value)}
          error={errors.videoLink}
        />
        <Textarea
          id={idFor('purpose')}
          label={t('meetings.plan.purpose')}
          description={t('meetings.plan.purposeDescription')}
          value={values.purpose}
          maxLength={1000}
          minRows={2}
          onChange={(e) => set('purpose', e.target.value)}
          error={errors.purpose}
        />
        <CheckboxGroup
          id={idFor('inviteeIds')}
          legend={t('meetings.plan.invitees')}
          description={t('meetings.plan.inviteesDescription')}
          value={values.inviteeIds}
          onChange={(ids: string[]) => set('inviteeIds', ids)}
          error={errors.inviteeIds}
        >
          {invitees
            .filter((i) => i.id !== meId)
            .map((i) => (
              <Checkbox key={i.id} value={i.id}>
                {`${i.displayName} (${t(`meetings.roles.${i.role}`)})`}
              </Checkbox>
            ))}
        </CheckboxGroup>
        {other.map((message) => (
          <p key={message} role="alert" className="navds-error-message navds-label">
            {message}
          </p>
        ))}
        <HStack gap="space-12">
          <Button type="submit" size="small" loading={pending}>
            {editing ? t('meetings.plan.save') : t('meetings.plan.submit')}
          </Button>
          <Button type="button" size="small" variant="tertiary" onClick={onCancel}>
            {t('meetings.plan.cancel')}
          </Button>
        </HStack>
      </VStack>
    </form>
  );
}

import { osloDate } from '@ips-bridge/domain';
import { PencilIcon } from '@navikt/aksel-icons';
import { Alert, BodyLong, BodyShort, Box, Button, Heading, VStack } from '@navikt/ds-react';
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useDisclosurePlan } from '../../api/disclosure.ts';
import type { DisclosurePlan } from '../../api/types.ts';
import { ErrorState } from '../../components/ErrorState.tsx';
import { LoadingState } from '../../components/LoadingState.tsx';
import { DISCLOSURE_TEXT_FIELDS } from '../../forms/disclosureForm.ts';
import { useFocusRequest } from '../../hooks/useFocusRequest.ts';
import { formatDateTime, formatLocalDate } from '../../i18n/format.ts';
import { useLanguage } from '../../i18n/useLanguage.ts';
import { DisclosureForm } from './DisclosureForm.tsx';
import './disclosure.css';

export const DISCLOSURE_HEADING_ID = 'disclosure-heading';

type SavedPlan = NonNullable<DisclosurePlan['plan']>;

/** The four answers under their questions, and when the plan was talked about and last changed. */
function PlanView({ plan }: { plan: SavedPlan }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const when = formatDateTime(plan.updatedAt, language);
  return (
    <VStack gap="space-16" data-testid="disclosure-plan">
      <div className="disclosure-grid">
        {DISCLOSURE_TEXT_FIELDS.map((field) => (
          <section key={field} aria-labelledby={`disclosure-${field}-heading`} className="disclosure-answer">
            <Heading level="3" size="xsmall" id={`disclosure-${field}-heading`} spacing>
              {t(`disclosure.questions.${field}`)}
            </Heading>
            {plan[field].trim() === '' ? (
              <BodyShort className="text-subtle">{t('disclosure.notAnswered')}</BodyShort>
            ) : (
              <BodyLong className="preserve-lines" data-testid={`disclosure-${field}`}>
                {plan[field]}
              </BodyLong>
            )}
          </section>
        ))}
      </div>
      <BodyShort size="small" textColor="subtle" data-testid="disclosure-meta">
        {t('disclosure.discussedOnValue', { date: formatLocalDate(plan.discussedOn, language) })}{' '}
        {plan.updatedBy
          ? t('disclosure.changedBy', { when, name: plan.updatedBy.displayName })
          : t('disclosure.changed', { when })}
      </BodyShort>
    </VStack>
  );
}

/**
 * The disclosure plan: what the person wants an employer to know and not know, and the good things and risks of
 * telling, in plain words. Staff write it together with the person; everyone who may see the page can read it.
 */
export function DisclosureSection({
  participantId,
  participantName,
  canWrite,
}: {
  participantId: string;
  participantName: string;
  canWrite: boolean;
}) {
  const { t } = useTranslation();
  const query = useDisclosurePlan(participantId);
  const [today] = useState(() => osloDate(new Date()));
  const [editing, setEditing] = useState(false);
  const [saved, setSaved] = useState(false);
  const editButton = useFocusRequest<HTMLButtonElement>();
  const savedMessage = useFocusRequest<HTMLDivElement>();

  let content: ReactNode;
  if (query.isPending) {
    content = <LoadingState label={t('disclosure.loading')} />;
  } else if (query.isError) {
    content = (
      <ErrorState
        heading={t('disclosure.loadError')}
        headingLevel="3"
        error={query.error}
        onRetry={() => void query.refetch()}
        retrying={query.isFetching}
      />
    );
  } else if (editing) {
    content = (
      <DisclosureForm
        participantId={participantId}
        plan={query.data}
        today={today}
        onSaved={() => {
          setEditing(false);
          setSaved(true);
          savedMessage.focus();
        }}
        onCancel={() => {
          setEditing(false);
          editButton.focus();
        }}
      />
    );
  } else {
    const { plan } = query.data;
    const editAction = canWrite ? (
      <div>
        <Button
          ref={editButton.ref}
          type="button"
          size="small"
          variant={plan ? 'secondary' : 'primary'}
          icon={plan ? <PencilIcon aria-hidden /> : undefined}
          onClick={() => {
            setSaved(false);
            setEditing(true);
          }}
          data-testid="edit-disclosure"
        >
          {plan ? t('disclosure.edit') : t('disclosure.write')}
        </Button>
      </div>
    ) : null;
    content = (
      <VStack gap="space-16">
        {saved ? (
          <Alert
            variant="success"
            size="small"
            role="status"
            ref={savedMessage.ref}
            tabIndex={-1}
            data-testid="disclosure-saved"
          >
            {t('disclosure.saved')}
          </Alert>
        ) : null}
        {plan === null ? (
          <Box padding="space-24" background="neutral-soft" borderRadius="8">
            <VStack gap="space-12" align="start">
              <Heading level="3" size="small">
                {t('disclosure.emptyHeading')}
              </Heading>
              <BodyLong>
                {canWrite
                  ? t('disclosure.emptyText', { name: participantName })
                  : t('disclosure.emptyReadOnly')}
              </BodyLong>
              {editAction}
            </VStack>
          </Box>
        ) : (
          <>
            {editAction}
            <PlanView plan={plan} />
          </>
        )}
      </VStack>
    );
  }

  return (
    <section aria-labelledby={DISCLOSURE_HEADING_ID} data-testid="disclosure">
      <VStack gap="space-16">
        <VStack gap="space-4">
          <Heading level="2" size="medium" id={DISCLOSURE_HEADING_ID}>
            {t('disclosure.heading')}
          </Heading>
          <BodyShort>{t('disclosure.intro', { name: participantName })}</BodyShort>
        </VStack>
        {content}
      </VStack>
    </section>
  );
}

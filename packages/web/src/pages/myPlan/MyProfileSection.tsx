import { PaperplaneIcon } from '@navikt/aksel-icons';
import { Alert, BodyLong, Button, Heading, Textarea, VStack } from '@navikt/ds-react';
import { type FormEvent, type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCareerProfile } from '../../api/careerProfile.ts';
import { useSendMessage } from '../../api/messages.ts';
import { ErrorState } from '../../components/ErrorState.tsx';
import { LoadingState } from '../../components/LoadingState.tsx';
import { useFocusRequest } from '../../hooks/useFocusRequest.ts';
import { problemMessage } from '../../i18n/problemMessage.ts';
import { CareerProfileView } from '../participant/CareerProfileView.tsx';

const MAX_CORRECTION = 3000;

/**
 * Rectification in the jobseeker's own words (GDPR art. 16): what is wrong or missing goes as a secure message to
 * the helpers, who change the profile with the person. The profile is written together, so it is not edited alone.
 */
function CorrectionForm({ participantId }: { participantId: string }) {
  const { t } = useTranslation();
  const send = useSendMessage(participantId);
  const [text, setText] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [sent, setSent] = useState(false);
  const sentMessage = useFocusRequest<HTMLDivElement>();

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const trimmed = text.trim();
    setSent(false);
    if (trimmed === '') return setError(t('myPlan.profile.correctRequired'));
    if (trimmed.length > MAX_CORRECTION) return setError(t('myPlan.profile.correctTooLong'));
    setError(null);
    send.mutate(
      { text: `${t('myPlan.profile.correctPrefix')} ${trimmed}` },
      {
        onSuccess: () => {
          setText('');
          setSent(true);
          sentMessage.focus();
        },
      },
    );
  };

  return (
    <form onSubmit={submit} noValidate data-testid="my-profile-correction">
      <VStack gap="space-8">
        <Textarea
          label={t('myPlan.profile.correctLabel')}
          description={t('myPlan.profile.correctDescription')}
          value={text}
          onChange={(event) => setText(event.target.value)}
          maxLength={MAX_CORRECTION}
          error={error ?? undefined}
          minRows={2}
        />
        {send.isError ? (
          <Alert variant="error" size="small" role="alert">
            {problemMessage(t, send.error)}
          </Alert>
        ) : null}
        {sent ? (
          <Alert variant="success" size="small" role="status" ref={sentMessage.ref} tabIndex={-1}>
            {t('myPlan.profile.correctSent')}
          </Alert>
        ) : null}
        <div>
          <Button type="submit" size="small" icon={<PaperplaneIcon aria-hidden />} loading={send.isPending}>
            {t('myPlan.profile.correctSubmit')}
          </Button>
        </div>
      </VStack>
    </form>
  );
}

/** My career profile, to read, with a way to say what should be corrected. */
export function MyProfileSection({ participantId }: { participantId: string }) {
  const { t } = useTranslation();
  const profile = useCareerProfile(participantId);

  let content: ReactNode;
  if (profile.isPending) content = <LoadingState label={t('myPlan.loading')} />;
  else if (profile.isError)
    content = (
      <ErrorState
        heading={t('myPlan.loadError')}
        headingLevel="3"
        error={profile.error}
        onRetry={() => void profile.refetch()}
        retrying={profile.isFetching}
      />
    );
  else if (!profile.data.content) content = <BodyLong>{t('myPlan.profile.none')}</BodyLong>;
  else
    content = (
      <CareerProfileView
        content={profile.data.content}
        health={profile.data.health}
        healthWithheld={profile.data.healthWithheld}
        level="3"
        idPrefix="my-profile"
      />
    );

  return (
    <section aria-labelledby="my-profile-heading" data-testid="my-profile-section">
      <VStack gap="space-12">
        <VStack gap="space-4">
          <Heading level="2" size="medium" id="my-profile-heading">
            {t('myPlan.profile.heading')}
          </Heading>
          <BodyLong>{t('myPlan.profile.intro')}</BodyLong>
        </VStack>
        {content}
        <CorrectionForm participantId={participantId} />
      </VStack>
    </section>
  );
}

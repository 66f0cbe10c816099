import { PencilIcon } from '@navikt/aksel-icons';
import { Alert, BodyLong, BodyShort, Box, Button, Detail, Heading, HStack, VStack } from '@navikt/ds-react';
import { type ReactNode, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  type CareerProfileVersion,
  useCareerProfile,
  useCareerProfileVersion,
} from '../../api/careerProfile.ts';
import type { CareerProfile } from '../../api/types.ts';
import { ErrorState } from '../../components/ErrorState.tsx';
import { LoadingState } from '../../components/LoadingState.tsx';
import { useFocusRequest } from '../../hooks/useFocusRequest.ts';
import { formatDateTime } from '../../i18n/format.ts';
import { useLanguage } from '../../i18n/useLanguage.ts';
import { CareerProfileForm } from './CareerProfileForm.tsx';
import { CareerProfileView } from './CareerProfileView.tsx';

export const CAREER_PROFILE_HEADING_ID = 'career-profile-heading';
const VERSIONS_HEADING_ID = 'career-profile-versions-heading';
const OLD_VERSION_HEADING_ID = 'career-profile-old-version-heading';

type VersionMeta = CareerProfile['history'][number];

const showVersionButtonId = (version: number) => `career-profile-show-version-${version}`;

/** "Saved 12.03.2026, 14:05 by Jonas", or without a name when the author is gone. */
function SavedBy({ meta }: { meta: VersionMeta }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const when = formatDateTime(meta.createdAt, language);
  return (
    <time dateTime={meta.createdAt}>
      {meta.createdBy
        ? t('careerProfile.versions.savedBy', { when, name: meta.createdBy.displayName })
        : t('careerProfile.versions.saved', { when })}
    </time>
  );
}

function OldVersion({
  participantId,
  version,
  onClose,
}: {
  participantId: string;
  version: number;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const query = useCareerProfileVersion(participantId, version);
  const heading = useFocusRequest<HTMLHeadingElement>();
  const focusHeading = heading.focus;
  useEffect(() => focusHeading(), [focusHeading]);

  let content: ReactNode;
  if (query.isPending) content = <LoadingState label={t('careerProfile.versions.loading')} />;
  else if (query.isError) {
    content = (
      <ErrorState
        heading={t('careerProfile.versions.loadError')}
        headingLevel="3"
        error={query.error}
        onRetry={() => void query.refetch()}
        retrying={query.isFetching}
      />
    );
  } else {
    const data: CareerProfileVersion = query.data;
    content = (
      <VStack gap="space-16">
        <Detail as="p">
          <SavedBy meta={data} />
        </Detail>
        <CareerProfileView
          content={data.content}
          health={data.health}
          healthWithheld={data.healthWithheld}
          level="4"
          idPrefix="career-profile-old"
        />
      </VStack>
    );
  }

  return (
    <section
      className="old-version"
      aria-labelledby={OLD_VERSION_HEADING_ID}
      data-testid="career-profile-old-version"
    >
      <VStack gap="space-16">
        <VStack gap="space-4">
          <Heading
            level="3"
            size="small"
            id={OLD_VERSION_HEADING_ID}
            ref={heading.ref}
            tabIndex={-1}
            className="focus-heading"
          >
            {t('careerProfile.versions.oldHeading', { version })}
          </Heading>
          <BodyShort size="small">{t('careerProfile.versions.readOnly')}</BodyShort>
        </VStack>
        {content}
        <div>
          <Button type="button" variant="secondary" size="small" onClick={onClose}>
            {t('careerProfile.versions.close', { version })}
          </Button>
        </div>
      </VStack>
    </section>
  );
}

function Versions({ participantId, profile }: { participantId: string; profile: CareerProfile }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState<number | null>(null);
  const [returnFocusTo, setReturnFocusTo] = useState<number | null>(null);

  useEffect(() => {
    if (returnFocusTo === null) return;
    document.getElementById(showVersionButtonId(returnFocusTo))?.focus();
    setReturnFocusTo(null);
  }, [returnFocusTo]);

  return (
    <VStack gap="space-12">
      <Heading level="3" size="small" id={VERSIONS_HEADING_ID}>
        {t('careerProfile.versions.heading')}
      </Heading>
      <ol
        className="history-list"
        aria-labelledby={VERSIONS_HEADING_ID}
        data-testid="career-profile-versions"
      >
        {profile.history.map((meta) => (
          <li key={meta.version}>
            <HStack gap="space-12" justify="space-between" align="center" wrap>
              <VStack gap="space-2">
                <BodyShort weight="semibold">
                  {meta.version === profile.version
                    ? t('careerProfile.versions.current', { version: meta.version })
                    : t('careerProfile.versions.version', { version: meta.version })}
                  {' · '}
                  {t(`careerProfile.reasons.${meta.reason}`)}
                </BodyShort>
                <Detail as="p" textColor="subtle">
                  <SavedBy meta={meta} />
                </Detail>
              </VStack>
              {meta.version === profile.version ? null : (
                <Button
                  id={showVersionButtonId(meta.version)}
                  type="button"
                  variant="tertiary"
                  size="small"
                  aria-expanded={open === meta.version}
                  onClick={() => setOpen(meta.version)}
                >
                  {t('careerProfile.versions.show', { version: meta.version })}
                </Button>
              )}
            </HStack>
          </li>
        ))}
      </ol>
      {open !== null ? (
        <OldVersion
          key={open}
          participantId={participantId}
          version={open}
          onClose={() => {
            setReturnFocusTo(open);
            setOpen(null);
          }}
        />
      ) : null}
    </VStack>
  );
}

/**
 * The career profile: what the person has done, wants and is good at, in their own terms, with the health-related
 * part apart. Staff write it in a form; every save is a new version, and earlier versions can be read.
 */
export function CareerProfileSection({
  participantId,
  canWrite,
}: {
  participantId: string;
  canWrite: boolean;
}) {
  const { t } = useTranslation();
  const profile = useCareerProfile(participantId);
  const [editing, setEditing] = useState(false);
  const [savedVersion, setSavedVersion] = useState<number | null>(null);
  const editButton = useFocusRequest<HTMLButtonElement>();
  const savedMessage = useFocusRequest<HTMLDivElement>();

  const startEditing = () => {
    setSavedVersion(null);
    setEditing(true);
  };

  let content: ReactNode;
  if (profile.isPending) {
    content = <LoadingState label={t('careerProfile.loading')} />;
  } else if (profile.isError) {
    content = (
      <ErrorState
        heading={t('careerProfile.loadError')}
        headingLevel="3"
        error={profile.error}
        onRetry={() => void profile.refetch()}
        retrying={profile.isFetching}
      />
    );
  } else if (editing) {
    content = (
      <CareerProfileForm
        participantId={participantId}
        profile={profile.data}
        onSaved={(saved) => {
          setEditing(false);
          setSavedVersion(saved.version);
          savedMessage.focus();
        }}
        onCancel={() => {
          setEditing(false);
          editButton.focus();
        }}
      />
    );
  } else {
    const { data } = profile;
    const current = data.history.find((meta) => meta.version === data.version);
    const editAction = canWrite ? (
      <div>
        <Button
          ref={editButton.ref}
          type="button"
          variant={data.content ? 'secondary' : 'primary'}
          size="small"
          icon={data.content ? <PencilIcon aria-hidden /> : undefined}
          onClick={startEditing}
          data-testid="edit-career-profile"
        >
          {data.content ? t('careerProfile.edit') : t('careerProfile.write')}
        </Button>
      </div>
    ) : null;
    content = (
      <VStack gap="space-24">
        {savedVersion !== null ? (
          <Alert
            variant="success"
            size="small"
            role="status"
            ref={savedMessage.ref}
            tabIndex={-1}
            data-testid="career-profile-saved"
          >
            {t('careerProfile.saved', { version: savedVersion })}
          </Alert>
        ) : null}
        {data.content === null ? (
          <Box padding="space-24" background="neutral-soft" borderRadius="8">
            <VStack gap="space-12" align="start">
              <Heading level="3" size="small">
                {t('careerProfile.emptyHeading')}
              </Heading>
              <BodyLong>{t('careerProfile.emptyText')}</BodyLong>
              {editAction}
            </VStack>
          </Box>
        ) : (
          <>
            <VStack gap="space-8" align="start">
              {current ? (
                <BodyShort size="small" textColor="subtle" data-testid="career-profile-version">
                  {t('careerProfile.versions.version', { version: current.version })} ·{' '}
                  <SavedBy meta={current} />
                </BodyShort>
              ) : null}
              {editAction}
            </VStack>
            <CareerProfileView
              content={data.content}
              health={data.health}
              healthWithheld={data.healthWithheld}
              level="3"
              idPrefix="career-profile"
            />
            <Versions participantId={participantId} profile={data} />
          </>
        )}
      </VStack>
    );
  }

  return (
    <section aria-labelledby={CAREER_PROFILE_HEADING_ID} data-testid="career-profile">
      <VStack gap="space-16">
        <VStack gap="space-4">
          <Heading level="2" size="medium" id={CAREER_PROFILE_HEADING_ID}>
            {t('careerProfile.heading')}
          </Heading>
          <BodyShort>{t('careerProfile.intro')}</BodyShort>
        </VStack>
        {content}
      </VStack>
    </section>
  );
}

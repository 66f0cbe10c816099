import { PencilIcon, PrinterSmallIcon } from '@navikt/aksel-icons';
import { Alert, BodyLong, BodyShort, Button, Heading, HStack, Link, VStack } from '@navikt/ds-react';
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import { type CvResponse, useCv, useDraftCvFollowsSources } from '../../api/cv.ts';
import type { Participant } from '../../api/types.ts';
import { ErrorState } from '../../components/ErrorState.tsx';
import { LoadingState } from '../../components/LoadingState.tsx';
import { useFocusRequest } from '../../hooks/useFocusRequest.ts';
import { formatDateTime } from '../../i18n/format.ts';
import { useLanguage } from '../../i18n/useLanguage.ts';
import { CvDocument, cvPersonOf } from '../cv/CvDocument.tsx';
import { CvForm } from './CvForm.tsx';
import '../cv/cv.css';

export const CV_HEADING_ID = 'cv-heading';

/** Where the printable CV is: under the participant for staff, under My page for the jobseeker. */
export function cvPrintPath(participantId: string, self: boolean): string {
  return self ? '/my-page/cv/print' : `/participants/${encodeURIComponent(participantId)}/cv/print`;
}

function SavedBy({ cv }: { cv: CvResponse }) {
  const { t } = useTranslation();
  const language = useLanguage();
  if (cv.updatedAt === null) return null;
  const when = formatDateTime(cv.updatedAt, language);
  return (
    <BodyShort size="small" textColor="subtle" data-testid="cv-saved-by">
      <time dateTime={cv.updatedAt}>
        {cv.updatedBy ? t('cv.savedBy', { when, name: cv.updatedBy.displayName }) : t('cv.savedAt', { when })}
      </time>
    </BodyShort>
  );
}

function isEmpty(cv: CvResponse): boolean {
  const { content } = cv;
  return (
    content.headline.trim() === '' &&
    content.summary.trim() === '' &&
    content.experience.length === 0 &&
    content.education.length === 0 &&
    content.interests.length === 0
  );
}

/**
 * The jobseeker's CV: drafted from the career profile and the jobs until someone saves it, then their own. Shown
 * as the document it prints as, with a way to edit it and to the printable page. On the participant page for the
 * care team, and on My page (`self`) for the jobseeker, who may edit their own.
 */
export function CvSection({
  participant,
  canWrite,
  self = false,
}: {
  participant: Participant;
  canWrite: boolean;
  self?: boolean;
}) {
  const { t } = useTranslation();
  const participantId = participant.id;
  const language = useLanguage();
  const cv = useCv(participantId);
  useDraftCvFollowsSources(participantId);
  const [editing, setEditing] = useState(false);
  const [saved, setSaved] = useState(false);
  const editButton = useFocusRequest<HTMLButtonElement>();
  const savedMessage = useFocusRequest<HTMLDivElement>();

  let content: ReactNode;
  if (cv.isPending) {
    content = <LoadingState label={t('cv.loading')} />;
  } else if (cv.isError) {
    content = (
      <ErrorState
        heading={t('cv.loadError')}
        headingLevel="3"
        error={cv.error}
        onRetry={() => void cv.refetch()}
        retrying={cv.isFetching}
      />
    );
  } else if (editing) {
    content = (
      <CvForm
        participantId={participantId}
        cv={cv.data}
        self={self}
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
    const { data } = cv;
    content = (
      <VStack gap="space-16" className="cv-section__body">
        {saved ? (
          <Alert
            variant="success"
            size="small"
            role="status"
            ref={savedMessage.ref}
            tabIndex={-1}
            data-testid="cv-saved"
          >
            {t('cv.saved')}
          </Alert>
        ) : null}
        {data.draft ? (
          <Alert variant="info" size="small" data-testid="cv-draft-note">
            <Heading level="3" size="xsmall" spacing>
              {t('cv.draft.heading')}
            </Heading>
            <BodyLong size="small">
              {isEmpty(data) ? t('cv.draft.empty') : self ? t('cv.draft.textSelf') : t('cv.draft.textStaff')}
            </BodyLong>
          </Alert>
        ) : (
          <SavedBy cv={data} />
        )}
        <HStack gap="space-16" align="center" wrap>
          {canWrite ? (
            <Button
              ref={editButton.ref}
              type="button"
              size="small"
              variant={data.draft ? 'primary' : 'secondary'}
              icon={<PencilIcon aria-hidden />}
              onClick={() => {
                setSaved(false);
                setEditing(true);
              }}
              data-testid="edit-cv"
            >
              {data.draft ? t('cv.editDraft') : t('cv.edit')}
            </Button>
          ) : null}
          <Link as={RouterLink} to={cvPrintPath(participantId, self)} data-testid="cv-print-link">
            <PrinterSmallIcon aria-hidden />
            {t('cv.printLink')}
          </Link>
        </HStack>
        <CvDocument
          content={data.content}
          person={cvPersonOf(participant)}
          t={t}
          language={language}
          level={3}
          showEmpty
          testId="cv-document"
        />
      </VStack>
    );
  }

  return (
    <section aria-labelledby={CV_HEADING_ID} data-testid="cv">
      <VStack gap="space-16">
        <VStack gap="space-4">
          <Heading level="2" size="medium" id={CV_HEADING_ID}>
            {t('cv.heading')}
          </Heading>
          <BodyShort>{self ? t('cv.introSelf') : t('cv.introStaff')}</BodyShort>
        </VStack>
        {content}
      </VStack>
    </section>
  );
}

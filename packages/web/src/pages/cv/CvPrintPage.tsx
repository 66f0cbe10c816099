import { ArrowLeftIcon, PrinterSmallIcon } from '@navikt/aksel-icons';
import { Alert, BodyShort, Button, HStack, Link, Select, VStack } from '@navikt/ds-react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useParams } from 'react-router';
import { useCv } from '../../api/cv.ts';
import { useParticipant } from '../../api/participants.ts';
import { isRecordUnavailable } from '../../api/problem.ts';
import type { Participant } from '../../api/types.ts';
import { useMe } from '../../auth/MeContext.tsx';
import { ErrorState } from '../../components/ErrorState.tsx';
import { LoadingState } from '../../components/LoadingState.tsx';
import { useDocumentTitle } from '../../hooks/useDocumentTitle.ts';
import { isLanguage, LANGUAGES } from '../../i18n/catalogue.ts';
import { useDocumentLanguage } from '../../i18n/useDocumentLanguage.ts';
import { useLanguage } from '../../i18n/useLanguage.ts';
import { CvDocument, type CvPerson, cvPersonOf } from './CvDocument.tsx';
import './cv.css';

function personOf(participant: Participant | undefined): CvPerson | null {
  return participant ? cvPersonOf(participant) : null;
}

/**
 * The CV alone on a page, ready to print or save as PDF: a toolbar (back, the printout's language, Print) that the
 * print stylesheet hides, and the document. The headings of the printout can be in another language than the page.
 */
function CvPrintView({
  participantId,
  person,
  backTo,
  backLabel,
}: {
  participantId: string;
  person: CvPerson | null;
  backTo: string;
  backLabel: string;
}) {
  const { t: uiT } = useTranslation();
  const uiLanguage = useLanguage();
  useDocumentTitle(person ? uiT('cv.printPage.titleFor', { name: person.name }) : uiT('cv.printPage.title'));
  const { chosen, choose, language, t } = useDocumentLanguage(uiLanguage);
  const cv = useCv(participantId);

  return (
    <VStack gap="space-24" className="cv-print">
      <div className="cv-print__toolbar">
        <VStack gap="space-16" align="start">
          <Link as={RouterLink} to={backTo}>
            <ArrowLeftIcon aria-hidden />
            {backLabel}
          </Link>
          <HStack gap="space-16" align="end" wrap>
            <Select
              label={uiT('cv.printPage.language')}
              value={chosen}
              onChange={(event) => {
                if (isLanguage(event.target.value)) choose(event.target.value);
              }}
              data-testid="cv-print-language"
            >
              {LANGUAGES.map((code) => (
                <option key={code} value={code} lang={code}>
                  {uiT(`language.names.${code}`)}
                </option>
              ))}
            </Select>
            <Button
              type="button"
              icon={<PrinterSmallIcon aria-hidden />}
              onClick={() => window.print()}
              disabled={!cv.isSuccess}
              data-testid="cv-print-button"
            >
              {uiT('cv.printPage.print')}
            </Button>
          </HStack>
          <BodyShort size="small" textColor="subtle">
            {uiT('cv.printPage.pdfHint')}
          </BodyShort>
          {cv.data?.draft ? (
            <Alert variant="info" size="small" data-testid="cv-print-draft-note">
              {uiT('cv.printPage.draftNote')}
            </Alert>
          ) : null}
        </VStack>
      </div>
      {cv.isPending ? <LoadingState label={uiT('cv.loading')} /> : null}
      {cv.isError ? (
        <ErrorState
          heading={uiT('cv.loadError')}
          error={cv.error}
          onRetry={() => void cv.refetch()}
          retrying={cv.isFetching}
        />
      ) : null}
      {cv.isSuccess ? (
        <CvDocument
          content={cv.data.content}
          person={person ?? { name: uiT('cv.heading'), phone: null, email: null }}
          t={t}
          language={language}
          level={1}
          showEmpty={false}
          testId="cv-print-document"
        />
      ) : null}
    </VStack>
  );
}

/** /my-page/cv/print */
export function MyCvPrintPage() {
  const { t } = useTranslation();
  const me = useMe();
  const participant = useParticipant(me.participantId);
  if (me.participantId === null) return <Alert variant="info">{t('myPage.noRecord')}</Alert>;
  return (
    <CvPrintView
      participantId={me.participantId}
      person={personOf(participant.data)}
      backTo="/my-page"
      backLabel={t('cv.printPage.backToMyPage')}
    />
  );
}

/** /participants/:id/cv/print */
export function ParticipantCvPrintPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const participant = useParticipant(id);
  if (participant.isPending) return <LoadingState label={t('participant.loading')} />;
  if (participant.isError && isRecordUnavailable(participant.error)) {
    return (
      <VStack gap="space-16" data-testid="not-found">
        <Alert variant="info">{t('participant.notFound')}</Alert>
      </VStack>
    );
  }
  return (
    <CvPrintView
      participantId={participant.data?.id ?? id}
      person={personOf(participant.data)}
      backTo={`/participants/${encodeURIComponent(id)}`}
      backLabel={t('cv.printPage.backToParticipant')}
    />
  );
}

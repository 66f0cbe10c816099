import { Alert, Button, Heading, Textarea, VStack } from '@navikt/ds-react';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useReloadNavReports, useRespondToNavReport } from '../../api/navReports.ts';
import type { NavReport } from '../../api/types.ts';
import { FormErrorSummary } from '../../components/FormErrorSummary.tsx';
import { hasFieldErrors } from '../../forms/fieldErrors.ts';
import {
  COMMENT_FIELDS,
  MAX_COMMENT,
  mapNavReportServerErrors,
  toCommentBody,
  validateComment,
} from '../../forms/navReportForms.ts';
import { useFormErrors } from '../../forms/useFormErrors.ts';
import { useFocusRequest } from '../../hooks/useFocusRequest.ts';
import { problemMessage } from '../../i18n/problemMessage.ts';
import { StaleVersionNotice } from '../participant/StaleVersionNotice.tsx';
import { useStaleVersionOf } from '../participant/staleVersion.ts';
import { isReportConflict } from './NavReportTextForm.tsx';

/**
 * The jobseeker says they have read the report, with a comment if they want one. The comment goes to NAV with the
 * report. Until the report is sent they can change the comment.
 */
export function NavReportResponseForm({
  participantId,
  report,
  onSaved,
}: {
  participantId: string;
  report: NavReport;
  onSaved: () => void;
}) {
  const { t } = useTranslation();
  const respond = useRespondToNavReport(participantId);
  const [baseVersion, setBaseVersion] = useState(report.version);
  const stale = useStaleVersionOf(useReloadNavReports(participantId), (reports) => {
    const latest = reports.find((candidate) => candidate.id === report.id);
    if (latest) setBaseVersion(latest.version);
  });
  const [comment, setComment] = useState(report.jobseekerComment ?? '');
  const commentId = `nav-report-${report.id}-comment-text`;
  const headingId = `nav-report-${report.id}-response-heading`;
  const form = useFormErrors(COMMENT_FIELDS, () => commentId);
  const result = useFocusRequest<HTMLDivElement>();
  const alreadyRead = report.status === 'ready';

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    respond.reset();
    stale.clear();
    const errors = validateComment(t, comment);
    form.showErrors(errors);
    if (hasFieldErrors(errors)) return;
    respond.mutate(
      { reportId: report.id, version: baseVersion, body: toCommentBody(comment) },
      {
        onSuccess: onSaved,
        onError: (error) => {
          if (isReportConflict(error)) {
            stale.conflict();
            return;
          }
          const mapped = mapNavReportServerErrors(t, error, COMMENT_FIELDS);
          form.showErrors(mapped.fields);
          if (!hasFieldErrors(mapped.fields)) result.focus();
        },
      },
    );
  };

  const serverProblem =
    respond.isError && !isReportConflict(respond.error) && !hasFieldErrors(form.errors)
      ? problemMessage(t, respond.error)
      : null;

  return (
    <section className="form-panel" aria-labelledby={headingId} data-testid="nav-report-response-form">
      <VStack gap="space-16">
        <Heading level="4" size="xsmall" id={headingId}>
          {alreadyRead ? t('navReports.response.changeHeading') : t('navReports.response.heading')}
        </Heading>
        <FormErrorSummary ref={form.summaryRef} entries={form.summaryEntries} />
        <StaleVersionNotice
          stale={stale}
          heading={t('navReports.stale.jobseekerHeading')}
          text={t('navReports.stale.jobseekerText')}
        />
        {serverProblem ? (
          <Alert variant="error" role="alert" ref={result.ref} tabIndex={-1}>
            {serverProblem}
          </Alert>
        ) : null}
        <form onSubmit={submit} noValidate aria-labelledby={headingId}>
          <VStack gap="space-16">
            <Textarea
              id={commentId}
              name="comment"
              label={t('navReports.response.comment')}
              description={t('navReports.response.commentDescription')}
              minRows={3}
              maxLength={MAX_COMMENT}
              value={comment}
              onChange={(event) => {
                setComment(event.target.value);
                form.clearField('comment');
              }}
              error={form.errors.comment}
            />
            <div>
              <Button type="submit" size="small" loading={respond.isPending} data-testid="nav-report-respond">
                {alreadyRead ? t('navReports.response.saveComment') : t('navReports.response.submit')}
              </Button>
            </div>
          </VStack>
        </form>
      </VStack>
    </section>
  );
}

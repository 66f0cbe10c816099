import {
  Alert,
  BodyLong,
  BodyShort,
  Button,
  type FileObject,
  FileUpload,
  Heading,
  HStack,
  Link,
  Loader,
  Radio,
  RadioGroup,
  VStack,
} from '@navikt/ds-react';
import { useQueryClient } from '@tanstack/react-query';
import type { TFunction } from 'i18next';
import { type ReactNode, type Ref, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import { IMPORT_ENTITIES, type ImportEntity } from '../api/imports.ts';
import { isApiError } from '../api/problem.ts';
import { useDocumentTitle } from '../hooks/useDocumentTitle.ts';
import { useFocusById } from '../hooks/useFocusById.ts';
import { useFocusRequest } from '../hooks/useFocusRequest.ts';
import { formatNumber } from '../i18n/format.ts';
import { problemMessage } from '../i18n/problemMessage.ts';
import { useLanguage } from '../i18n/useLanguage.ts';
import { ColumnsHelp } from './import/ColumnsHelp.tsx';
import { checkImportFile, IMPORT_FILE_ACCEPT } from './import/importFile.ts';
import { ProblemsTable } from './import/ProblemsTable.tsx';
import { type ImportRunState, useImportRun } from './import/useImportRun.ts';
import './import/import.css';

const FILE_BUTTON_ID = 'import-file';
const CHOOSE_HEADING_ID = 'import-choose-heading';
const CHECK_HEADING_ID = 'import-check-heading';
const RUN_HEADING_ID = 'import-run-heading';
const CHECK_RESULT_HEADING_ID = 'import-check-result-heading';
const RUN_RESULT_HEADING_ID = 'import-run-result-heading';
const RUN_HINT_ID = 'import-run-hint';

const RESULT_LINKS: Record<ImportEntity, string> = {
  participants: '/caseload',
  employers: '/employers',
  jobs: '/caseload',
};

/** Why a check or an import failed as a whole (not a row): the file could not be read, was too large, … */
function runErrorMessage(t: TFunction, error: unknown): string {
  if (isApiError(error)) {
    if (error.code === 'validation_failed') return t('import.errors.unreadable');
    if (error.code === 'payload_too_large') return t('import.errors.tooLarge');
  }
  return problemMessage(t, error);
}

/** The spinner and "1 500 rows read so far" while a file is being read; the live region itself is always there. */
function RunProgress({ state, label, testId }: { state: ImportRunState; label: string; testId: string }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const running = state.status === 'running';
  return (
    <div role="status" data-testid={testId}>
      {running ? (
        <HStack gap="space-12" align="center">
          <Loader size="small" title={label} aria-hidden />
          <BodyShort>
            {label}
            {state.rowsRead > 0 ? (
              <>
                {' '}
                {t('import.check.rowsRead', {
                  count: state.rowsRead,
                  number: formatNumber(state.rowsRead, language),
                })}
              </>
            ) : null}
          </BodyShort>
        </HStack>
      ) : null}
    </div>
  );
}

function RequestId({ error }: { error: unknown }) {
  const { t } = useTranslation();
  const requestId = isApiError(error) ? error.problem.requestId : undefined;
  return requestId ? <BodyShort size="small">{t('common.requestId', { requestId })}</BodyShort> : null;
}

/** The outcome of the dry run: no problems, the problems in a table, or why the file could not be checked. */
function CheckResult({ state, headingRef }: { state: ImportRunState; headingRef: Ref<HTMLHeadingElement> }) {
  const { t } = useTranslation();
  const language = useLanguage();
  if (state.status === 'failed') {
    return (
      <Alert variant="error" data-testid="import-check-failed">
        <Heading level="3" size="small" ref={headingRef} tabIndex={-1} id={CHECK_RESULT_HEADING_ID}>
          {t('import.check.failed')}
        </Heading>
        <BodyShort>{runErrorMessage(t, state.error)}</BodyShort>
        <RequestId error={state.error} />
      </Alert>
    );
  }
  if (state.status !== 'done') return null;
  const { report } = state;
  const rows = { count: report.rowsRead, number: formatNumber(report.rowsRead, language) };
  if (report.problemCount === 0) {
    return (
      <Alert variant="success" data-testid="import-check-clean">
        <Heading level="3" size="small" ref={headingRef} tabIndex={-1} id={CHECK_RESULT_HEADING_ID}>
          {t('import.check.cleanHeading')}
        </Heading>
        <BodyShort>{t('import.check.clean', rows)}</BodyShort>
      </Alert>
    );
  }
  return (
    <VStack gap="space-12" data-testid="import-check-problems">
      <Alert variant="error">
        <Heading level="3" size="small" ref={headingRef} tabIndex={-1} id={CHECK_RESULT_HEADING_ID}>
          {t('import.check.problemsHeading', {
            count: report.problemCount,
            number: formatNumber(report.problemCount, language),
          })}
        </Heading>
        <BodyShort>{t('import.check.problemsText', rows)}</BodyShort>
        {report.problems.length < report.problemCount ? (
          <BodyShort>
            {t('import.check.firstShown', { shown: formatNumber(report.problems.length, language) })}
          </BodyShort>
        ) : null}
      </Alert>
      <ProblemsTable entity={state.entity} problems={report.problems} labelledBy={CHECK_RESULT_HEADING_ID} />
    </VStack>
  );
}

/** The outcome of the import: how many were saved, or that nothing was (all or nothing) and why. */
function RunResult({
  state,
  headingRef,
  onAnother,
}: {
  state: ImportRunState;
  headingRef: Ref<HTMLHeadingElement>;
  onAnother: () => void;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  if (state.status === 'failed') {
    return (
      <Alert variant="error" data-testid="import-run-failed">
        <Heading level="3" size="small" ref={headingRef} tabIndex={-1} id={RUN_RESULT_HEADING_ID}>
          {t('import.run.failedHeading')}
        </Heading>
        <BodyShort>{t('import.run.failed')}</BodyShort>
        <BodyShort>{runErrorMessage(t, state.error)}</BodyShort>
        <RequestId error={state.error} />
      </Alert>
    );
  }
  if (state.status !== 'done') return null;
  const { report, entity } = state;
  if (report.problemCount > 0) {
    return (
      <VStack gap="space-12" data-testid="import-run-problems">
        <Alert variant="error">
          <Heading level="3" size="small" ref={headingRef} tabIndex={-1} id={RUN_RESULT_HEADING_ID}>
            {t('import.run.failedHeading')}
          </Heading>
          <BodyShort>{t('import.run.failedProblems')}</BodyShort>
        </Alert>
        <ProblemsTable entity={entity} problems={report.problems} labelledBy={RUN_RESULT_HEADING_ID} />
      </VStack>
    );
  }
  const count = { count: report.imported, number: formatNumber(report.imported, language) };
  return (
    <Alert variant="success" data-testid="import-run-done">
      <VStack gap="space-8" align="start">
        <Heading level="3" size="small" ref={headingRef} tabIndex={-1} id={RUN_RESULT_HEADING_ID}>
          {t('import.run.doneHeading')}
        </Heading>
        <BodyShort data-testid="import-run-count">{t(`import.run.done.${entity}`, count)}</BodyShort>
        <HStack gap="space-16" align="center" wrap>
          <Link as={RouterLink} to={RESULT_LINKS[entity]}>
            {t(`import.run.goTo.${entity}`)}
          </Link>
          <Button type="button" variant="secondary" size="small" onClick={onAnother}>
            {t('import.run.another')}
          </Button>
        </HStack>
      </VStack>
    </Alert>
  );
}

function Step({ headingId, title, children }: { headingId: string; title: string; children: ReactNode }) {
  return (
    <section aria-labelledby={headingId} className="import-step">
      <VStack gap="space-16">
        <Heading level="2" size="medium" id={headingId}>
          {title}
        </Heading>
        {children}
      </VStack>
    </section>
  );
}

/**
 * Importing participants, employers or jobs from a CSV or XLSX file, in three steps: choose what and the file;
 * check it (a dry run that lists every problem with its line and column and saves nothing); import it, which is
 * possible only after a clean check of the same file and kind, and is all or nothing.
 */
export function ImportPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('import.heading'));
  const queryClient = useQueryClient();
  const [entity, setEntity] = useState<ImportEntity>('participants');
  const [file, setFile] = useState<File | null>(null);
  const [fileError, setFileError] = useState<string | null>(null);
  const check = useImportRun(true);
  const importing = useImportRun(false);
  const { ref: checkHeadingRef, focus: focusCheckResult } = useFocusRequest<HTMLHeadingElement>();
  const { ref: runHeadingRef, focus: focusRunResult } = useFocusRequest<HTMLHeadingElement>();
  const focusById = useFocusById();

  const checkStatus = check.state.status;
  const runState = importing.state;
  // Focus moves to the outcome when a run ends, so it is read out and the problems table is next.
  useEffect(() => {
    if (checkStatus === 'done' || checkStatus === 'failed') focusCheckResult();
  }, [checkStatus, focusCheckResult]);
  useEffect(() => {
    if (runState.status === 'done' || runState.status === 'failed') focusRunResult();
    // Lists everywhere show what was imported.
    if (runState.status === 'done' && runState.report.imported > 0) void queryClient.invalidateQueries();
  }, [runState, focusRunResult, queryClient]);

  const busy = checkStatus === 'running' || runState.status === 'running';
  const checkedClean =
    check.state.status === 'done' &&
    check.state.report.problemCount === 0 &&
    check.state.entity === entity &&
    check.state.file === file;
  const canImport = checkedClean && runState.status === 'idle';

  const resetRuns = () => {
    check.reset();
    importing.reset();
  };

  const chooseEntity = (value: ImportEntity) => {
    setEntity(value);
    resetRuns();
  };

  const chooseFile = (files: FileObject[]) => {
    const chosen = files[0]?.file;
    if (!chosen) return;
    resetRuns();
    const problem = checkImportFile(chosen);
    if (problem) {
      setFile(null);
      setFileError(t(`import.choose.fileProblems.${problem}`, { name: chosen.name }));
      return;
    }
    setFile(chosen);
    setFileError(null);
  };

  const removeFile = () => {
    setFile(null);
    setFileError(null);
    resetRuns();
    focusById(FILE_BUTTON_ID);
  };

  const startCheck = () => {
    if (!file) {
      setFileError(t('import.check.chooseFileFirst'));
      focusById(FILE_BUTTON_ID);
      return;
    }
    importing.reset();
    void check.start(entity, file);
  };

  const startImport = () => {
    if (!canImport || !file) return;
    void importing.start(entity, file);
  };

  const importAnother = () => {
    removeFile();
  };

  const what = t(`import.choose.entitiesLower.${entity}`);

  return (
    <VStack gap="space-32" maxWidth="50rem">
      <VStack gap="space-12">
        <Heading level="1" size="large">
          {t('import.heading')}
        </Heading>
        <BodyLong>{t('import.intro')}</BodyLong>
        <Alert variant="info" size="small">
          {t('import.allOrNothing')}
        </Alert>
      </VStack>

      <Step headingId={CHOOSE_HEADING_ID} title={t('import.choose.heading')}>
        <RadioGroup
          legend={t('import.choose.legend')}
          description={t('import.choose.order')}
          value={entity}
          onChange={(value: ImportEntity) => chooseEntity(value)}
          disabled={busy}
          data-testid="import-entity"
        >
          {IMPORT_ENTITIES.map((value) => (
            <Radio key={value} value={value} description={t(`import.choose.entityHelp.${value}`)}>
              {t(`import.choose.entities.${value}`)}
            </Radio>
          ))}
        </RadioGroup>
        <ColumnsHelp entity={entity} />
        <FileUpload.Dropzone
          id={FILE_BUTTON_ID}
          label={t('import.choose.fileLabel', { what })}
          description={t('import.choose.fileDescription')}
          multiple={false}
          accept={IMPORT_FILE_ACCEPT}
          onSelect={chooseFile}
          error={fileError ?? undefined}
          disabled={busy}
          data-testid="import-file"
        />
        {file ? (
          <FileUpload>
            <FileUpload.Item
              file={file}
              button={busy ? undefined : { action: 'delete', onClick: removeFile }}
              data-testid="import-chosen-file"
            />
          </FileUpload>
        ) : null}
      </Step>

      <Step headingId={CHECK_HEADING_ID} title={t('import.check.heading')}>
        <BodyLong>{t('import.check.text')}</BodyLong>
        <div>
          <Button
            type="button"
            variant="secondary"
            onClick={startCheck}
            loading={checkStatus === 'running'}
            disabled={busy}
            data-testid="import-check"
          >
            {t('import.check.button')}
          </Button>
        </div>
        <RunProgress state={check.state} label={t('import.check.running')} testId="import-check-progress" />
        <CheckResult state={check.state} headingRef={checkHeadingRef} />
      </Step>

      <Step headingId={RUN_HEADING_ID} title={t('import.run.heading')}>
        <BodyLong>{t('import.run.text')}</BodyLong>
        <VStack gap="space-8" align="start">
          <Button
            type="button"
            onClick={startImport}
            loading={runState.status === 'running'}
            disabled={!canImport}
            aria-describedby={checkedClean ? undefined : RUN_HINT_ID}
            data-testid="import-run"
          >
            {t('import.run.button')}
          </Button>
          {checkedClean ? null : (
            <BodyShort id={RUN_HINT_ID} size="small" textColor="subtle">
              {t('import.run.notChecked')}
            </BodyShort>
          )}
        </VStack>
        <RunProgress state={runState} label={t('import.run.running')} testId="import-run-progress" />
        <RunResult state={runState} headingRef={runHeadingRef} onAnother={importAnother} />
      </Step>
    </VStack>
  );
}

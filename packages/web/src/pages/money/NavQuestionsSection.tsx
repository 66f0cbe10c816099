import { isValidLocalDate, osloDate } from '@ips-bridge/domain';
import {
  Alert,
  BodyLong,
  BodyShort,
  Box,
  Button,
  Detail,
  Heading,
  HStack,
  Select,
  Tag,
  Textarea,
  VStack,
} from '@navikt/ds-react';
import { type FormEvent, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAddNavQuestion, useAnswerNavQuestion, useReloadMoney } from '../../api/money.ts';
import type { NavQuestion, SavedScenario } from '../../api/types.ts';
import { DateField } from '../../components/DateField.tsx';
import { FormErrorSummary } from '../../components/FormErrorSummary.tsx';
import { type FieldErrors, hasFieldErrors, mapServerFieldErrors } from '../../forms/fieldErrors.ts';
import { useFormErrors } from '../../forms/useFormErrors.ts';
import { useFocusRequest } from '../../hooks/useFocusRequest.ts';
import { formatDateTime, formatLocalDate } from '../../i18n/format.ts';
import { problemMessage } from '../../i18n/problemMessage.ts';
import { useLanguage } from '../../i18n/useLanguage.ts';
import { StaleVersionNotice } from '../participant/StaleVersionNotice.tsx';
import { isStaleVersion, useStaleVersionOf } from '../participant/staleVersion.ts';
import { useToggleForm } from '../participant/useToggleForm.ts';

export const MAX_QUESTION = 2000;
export const MAX_ANSWER = 4000;

const QUESTION_FIELDS = ['question', 'scenarioId'] as const;
type QuestionField = (typeof QUESTION_FIELDS)[number];
const QUESTION_IDS: Record<QuestionField, string> = {
  question: 'money-question-text',
  scenarioId: 'money-question-scenario',
};

const ANSWER_FIELDS = ['answer', 'answeredOn'] as const;
type AnswerField = (typeof ANSWER_FIELDS)[number];

function AddQuestionForm({
  participantId,
  scenarios,
}: {
  participantId: string;
  scenarios: readonly SavedScenario[];
}) {
  const { t } = useTranslation();
  const add = useAddNavQuestion(participantId);
  const [question, setQuestion] = useState('');
  const [scenarioId, setScenarioId] = useState('');
  const [added, setAdded] = useState(false);
  const [otherErrors, setOtherErrors] = useState<string[]>([]);
  const form = useFormErrors(QUESTION_FIELDS, (field) => QUESTION_IDS[field]);
  const result = useFocusRequest<HTMLDivElement>();

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    add.reset();
    setAdded(false);
    setOtherErrors([]);
    const text = question.trim();
    const errors: FieldErrors<QuestionField> = {};
    if (text === '') errors.question = t('money.questions.questionRequired');
    else if (text.length > MAX_QUESTION)
      errors.question = t('money.questions.questionTooLong', { max: MAX_QUESTION });
    form.showErrors(errors);
    if (hasFieldErrors(errors)) return;
    add.mutate(
      { question: text, scenarioId: scenarioId === '' ? null : scenarioId },
      {
        onSuccess: () => {
          setQuestion('');
          setAdded(true);
          result.focus();
        },
        onError: (error) => {
          const mapped = mapServerFieldErrors(t, error, QUESTION_FIELDS);
          setOtherErrors(mapped.other);
          form.showErrors(mapped.fields);
          if (!hasFieldErrors(mapped.fields)) result.focus();
        },
      },
    );
  };

  const serverProblem =
    add.isError && !hasFieldErrors(form.errors) && otherErrors.length === 0
      ? problemMessage(t, add.error)
      : null;

  return (
    <form
      onSubmit={submit}
      noValidate
      aria-labelledby="money-questions-heading"
      className="form-panel"
      data-testid="money-question-form"
    >
      <VStack gap="space-16">
        <FormErrorSummary ref={form.summaryRef} entries={form.summaryEntries} />
        <Textarea
          id={QUESTION_IDS.question}
          name="question"
          label={t('money.questions.question')}
          description={t('money.questions.questionHelp')}
          minRows={3}
          maxLength={MAX_QUESTION}
          value={question}
          onChange={(event) => {
            setQuestion(event.target.value);
            form.clearField('question');
          }}
          error={form.errors.question}
        />
        {scenarios.length > 0 ? (
          <Select
            id={QUESTION_IDS.scenarioId}
            name="scenarioId"
            label={t('money.questions.scenario')}
            value={scenarioId}
            onChange={(event) => {
              setScenarioId(event.target.value);
              form.clearField('scenarioId');
            }}
            error={form.errors.scenarioId}
          >
            <option value="">{t('money.questions.noScenario')}</option>
            {[...scenarios].reverse().map((scenario) => (
              <option key={scenario.id} value={scenario.id}>
                {scenario.name}
              </option>
            ))}
          </Select>
        ) : null}
        <div>
          <Button type="submit" loading={add.isPending}>
            {t('money.questions.submit')}
          </Button>
        </div>
        {added ? (
          <Alert variant="success" size="small" role="status" ref={result.ref} tabIndex={-1}>
            {t('money.questions.added')}
          </Alert>
        ) : null}
        {serverProblem || otherErrors.length > 0 ? (
          <Alert variant="error" size="small" role="alert" ref={result.ref} tabIndex={-1}>
            {[serverProblem, ...otherErrors].filter(Boolean).join(' ')}
          </Alert>
        ) : null}
      </VStack>
    </form>
  );
}

/** Staff record NAV's answer and the day NAV gave it; refused with 412 when someone else answered meanwhile. */
function AnswerForm({
  participantId,
  question,
  onSaved,
  onCancel,
}: {
  participantId: string;
  question: NavQuestion;
  onSaved: () => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const answerQuestion = useAnswerNavQuestion(participantId);
  const reloadMoney = useReloadMoney(participantId);
  const stale = useStaleVersionOf(reloadMoney);
  const [today] = useState(() => osloDate(new Date()));
  const [answer, setAnswer] = useState(question.answer ?? '');
  const [answeredOn, setAnsweredOn] = useState(question.answeredOn ?? today);
  const [otherErrors, setOtherErrors] = useState<string[]>([]);
  const ids: Record<AnswerField, string> = {
    answer: `money-answer-${question.id}`,
    answeredOn: `money-answered-on-${question.id}`,
  };
  const form = useFormErrors(ANSWER_FIELDS, (field) => ids[field]);
  const input = useFocusRequest<HTMLTextAreaElement>();
  const result = useFocusRequest<HTMLDivElement>();
  const focusInput = input.focus;
  useEffect(() => focusInput(), [focusInput]);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    answerQuestion.reset();
    setOtherErrors([]);
    stale.clear();
    const text = answer.trim();
    const errors: FieldErrors<AnswerField> = {};
    if (text === '') errors.answer = t('money.questions.answerRequired');
    else if (text.length > MAX_ANSWER)
      errors.answer = t('money.questions.answerTooLong', { max: MAX_ANSWER });
    if (answeredOn === '') errors.answeredOn = t('money.questions.dateRequired');
    else if (!isValidLocalDate(answeredOn)) errors.answeredOn = t('fieldErrors.date');
    else if (answeredOn > today) errors.answeredOn = t('fieldErrors.dateInFuture');
    form.showErrors(errors);
    if (hasFieldErrors(errors)) return;
    answerQuestion.mutate(
      { questionId: question.id, version: question.version, body: { answer: text, answeredOn } },
      {
        onSuccess: onSaved,
        onError: (error) => {
          if (isStaleVersion(error)) {
            stale.conflict();
            return;
          }
          const mapped = mapServerFieldErrors(t, error, ANSWER_FIELDS);
          setOtherErrors(mapped.other);
          form.showErrors(mapped.fields);
          if (!hasFieldErrors(mapped.fields)) result.focus();
        },
      },
    );
  };

  const serverProblem =
    answerQuestion.isError &&
    !isStaleVersion(answerQuestion.error) &&
    !hasFieldErrors(form.errors) &&
    otherErrors.length === 0
      ? problemMessage(t, answerQuestion.error)
      : null;
  const headingId = `money-answer-heading-${question.id}`;

  return (
    <section className="form-panel" aria-labelledby={headingId} data-testid="money-answer-form">
      <VStack gap="space-16">
        <Heading level="4" size="xsmall" id={headingId}>
          {t('money.questions.formHeading')}
        </Heading>
        <FormErrorSummary ref={form.summaryRef} entries={form.summaryEntries} />
        <StaleVersionNotice
          stale={stale}
          heading={t('money.questions.staleHeading')}
          text={t('money.questions.staleText')}
        />
        {serverProblem || otherErrors.length > 0 ? (
          <Alert variant="error" size="small" role="alert" ref={result.ref} tabIndex={-1}>
            {[serverProblem, ...otherErrors].filter(Boolean).join(' ')}
          </Alert>
        ) : null}
        <form onSubmit={submit} noValidate aria-labelledby={headingId}>
          <VStack gap="space-16">
            <Textarea
              ref={input.ref}
              id={ids.answer}
              name="answer"
              label={t('money.questions.answer')}
              description={t('money.questions.answerHelp')}
              minRows={3}
              maxLength={MAX_ANSWER}
              value={answer}
              onChange={(event) => {
                setAnswer(event.target.value);
                form.clearField('answer');
              }}
              error={form.errors.answer}
            />
            <DateField
              id={ids.answeredOn}
              name="answeredOn"
              label={t('money.questions.answeredOn')}
              max={today}
              htmlSize={14}
              value={answeredOn}
              onChange={(event) => {
                setAnsweredOn(event.target.value);
                form.clearField('answeredOn');
              }}
              error={form.errors.answeredOn}
            />
            <HStack gap="space-12" wrap>
              <Button type="submit" size="small" loading={answerQuestion.isPending}>
                {t('money.questions.saveAnswer')}
              </Button>
              <Button type="button" size="small" variant="tertiary" onClick={onCancel}>
                {t('common.cancel')}
              </Button>
            </HStack>
          </VStack>
        </form>
      </VStack>
    </section>
  );
}

function QuestionItem({
  participantId,
  question,
  scenarios,
  canAnswer,
}: {
  participantId: string;
  question: NavQuestion;
  scenarios: readonly SavedScenario[];
  canAnswer: boolean;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  const toggle = useToggleForm();
  const saved = useFocusRequest<HTMLDivElement>();
  const [justSaved, setJustSaved] = useState(false);
  const scenario = question.scenarioId ? scenarios.find((s) => s.id === question.scenarioId) : undefined;
  const asked = formatDateTime(question.askedAt, language);

  return (
    <li data-testid="money-question" data-answered={question.answer !== null}>
      <Box
        padding="space-16"
        borderWidth="1"
        borderColor="neutral-subtle"
        borderRadius="8"
        background="raised"
      >
        <VStack gap="space-8">
          <BodyLong weight="semibold" className="money-question__text">
            {question.question}
          </BodyLong>
          <Detail as="p" textColor="subtle">
            <time dateTime={question.askedAt}>
              {question.askedBy
                ? t('money.questions.askedBy', { date: asked, name: question.askedBy.displayName })
                : t('money.questions.askedOn', { date: asked })}
            </time>
            {question.scenarioId
              ? ` · ${scenario ? t('money.questions.about', { name: scenario.name }) : t('money.questions.aboutDeleted')}`
              : ''}
          </Detail>
          {question.answer !== null ? (
            <div className="money-answer">
              <BodyShort weight="semibold">
                {t('money.questions.answerFromNav', {
                  date: question.answeredOn ? formatLocalDate(question.answeredOn, language) : '',
                })}
              </BodyShort>
              <BodyLong className="money-question__text">{question.answer}</BodyLong>
              {question.answeredBy ? (
                <Detail as="p" textColor="subtle">
                  {t('money.questions.answeredBy', { name: question.answeredBy.displayName })}
                </Detail>
              ) : null}
            </div>
          ) : (
            <div>
              <Tag variant="neutral" size="small" data-testid="money-not-answered">
                {t('money.questions.notAnswered')}
              </Tag>
            </div>
          )}
          {justSaved ? (
            <Alert variant="success" size="small" role="status" ref={saved.ref} tabIndex={-1}>
              {t('money.questions.answerSaved')}
            </Alert>
          ) : null}
          {canAnswer && toggle.open ? (
            <AnswerForm
              participantId={participantId}
              question={question}
              onSaved={() => {
                toggle.closeAfterSave();
                setJustSaved(true);
                saved.focus();
              }}
              onCancel={toggle.cancel}
            />
          ) : null}
          {canAnswer && !toggle.open ? (
            <div>
              <Button
                ref={toggle.buttonRef}
                type="button"
                size="small"
                variant="secondary"
                onClick={() => {
                  setJustSaved(false);
                  toggle.openForm();
                }}
                data-testid="money-record-answer"
              >
                {question.answer === null ? t('money.questions.record') : t('money.questions.change')}
              </Button>
            </div>
          ) : null}
        </VStack>
      </Box>
    </li>
  );
}

/**
 * Questions for NAV: anyone on the record can add one (optionally about a saved scenario); the list shows NAV's
 * answer and its date, or "Not answered yet". Staff record NAV's answer.
 */
export function NavQuestionsSection({
  participantId,
  questions,
  scenarios,
  canAnswer,
}: {
  participantId: string;
  questions: readonly NavQuestion[];
  scenarios: readonly SavedScenario[];
  canAnswer: boolean;
}) {
  const { t } = useTranslation();
  const newestFirst = [...questions].reverse();
  return (
    <section
      aria-labelledby="money-questions-heading"
      className="money-section"
      data-testid="money-questions"
    >
      <VStack gap="space-20">
        <VStack gap="space-8">
          <Heading level="2" size="medium" id="money-questions-heading">
            {t('money.questions.heading')}
          </Heading>
          <BodyLong>{t('money.questions.intro')}</BodyLong>
        </VStack>
        <AddQuestionForm participantId={participantId} scenarios={scenarios} />
        <section aria-labelledby="money-questions-list-heading">
          <Heading level="3" size="small" id="money-questions-list-heading" spacing>
            {t('money.questions.listHeading')}
          </Heading>
          {newestFirst.length === 0 ? (
            <BodyLong>{t('money.questions.empty')}</BodyLong>
          ) : (
            <ul className="card-list">
              {newestFirst.map((question) => (
                <QuestionItem
                  key={question.id}
                  participantId={participantId}
                  question={question}
                  scenarios={scenarios}
                  canAnswer={canAnswer}
                />
              ))}
            </ul>
          )}
        </section>
      </VStack>
    </section>
  );
}

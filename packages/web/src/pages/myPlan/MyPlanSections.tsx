import { BodyLong, BodyShort, Box, Heading, VStack } from '@navikt/ds-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { IndividualPlan } from '../../api/types.ts';
import { useFocusById } from '../../hooks/useFocusById.ts';
import { MyStepItem, stepButtonId } from './MyStepItem.tsx';
import { myGoals, mySteps } from './mySteps.ts';

/** The jobseeker's goals in their own words, each with its smaller goals. */
export function MyGoals({ plan, headingLevel = '2' }: { plan: IndividualPlan; headingLevel?: '2' | '3' }) {
  const { t } = useTranslation();
  const goals = myGoals(plan);
  return (
    <section aria-labelledby="my-goal-heading" data-testid="my-goal">
      <VStack gap="space-8">
        <Heading level={headingLevel} size="medium" id="my-goal-heading">
          {t('myPlan.goal.heading')}
        </Heading>
        {goals.length === 0 ? (
          <BodyLong>{t('myPlan.goal.none')}</BodyLong>
        ) : (
          <ul className="my-goals">
            {goals.map(({ goal, subGoals }) => (
              <li key={goal.id}>
                <BodyLong
                  size="large"
                  weight="semibold"
                  className="preserve-lines"
                  data-testid="my-goal-text"
                >
                  {goal.text}
                </BodyLong>
                {subGoals.length > 0 ? (
                  <>
                    <BodyShort size="small">{t('myPlan.goal.subGoals')}</BodyShort>
                    <ul>
                      {subGoals.map((sub) => (
                        <li key={sub.id} className="preserve-lines">
                          {sub.text}
                        </li>
                      ))}
                    </ul>
                  </>
                ) : null}
              </li>
            ))}
          </ul>
        )}
      </VStack>
    </section>
  );
}

/** A polite live region: says what a tick did without moving focus away from the button. */
export function useAnnouncer() {
  const [message, setMessage] = useState('');
  const region = (
    <div role="status" aria-live="polite" className="sr-only" data-testid="my-plan-announcement">
      {message}
    </div>
  );
  return { announce: setMessage, region };
}

/** All the steps: the jobseeker's own to tick off, the helpers' to follow, and what is done. */
export function MySteps({ participantId, plan }: { participantId: string; plan: IndividualPlan }) {
  const { t } = useTranslation();
  const { mine, theirs, done } = mySteps(plan);
  const { announce, region } = useAnnouncer();
  // A ticked step moves to "what I have done" (and back): the focus follows it to its new button.
  const focusById = useFocusById();
  const afterChange = (stepId: string) => focusById(stepButtonId(stepId));
  const list = (heading: string, id: string, steps: typeof mine, empty: string | null) =>
    steps.length === 0 && empty === null ? null : (
      <section aria-labelledby={id}>
        <VStack gap="space-8">
          <Heading level="2" size="medium" id={id}>
            {heading}
          </Heading>
          {steps.length === 0 ? (
            <BodyLong>{empty}</BodyLong>
          ) : (
            <ul className="my-steps">
              {steps.map((step) => (
                <MyStepItem
                  key={step.id}
                  participantId={participantId}
                  step={step}
                  announce={announce}
                  afterChange={afterChange}
                />
              ))}
            </ul>
          )}
        </VStack>
      </section>
    );
  return (
    <VStack gap="space-24" data-testid="my-steps">
      {region}
      {list(t('myPlan.steps.mineHeading'), 'my-steps-mine', mine, t('myPlan.steps.noMine'))}
      {list(t('myPlan.steps.theirsHeading'), 'my-steps-theirs', theirs, t('myPlan.steps.noTheirs'))}
      {list(t('myPlan.steps.doneHeading'), 'my-steps-done', done, null)}
    </VStack>
  );
}

/** A quiet box around one part of the page. */
export function Panel({ children, testId }: { children: React.ReactNode; testId?: string }) {
  return (
    <Box
      padding="space-16"
      borderWidth="1"
      borderColor="neutral-subtle"
      borderRadius="8"
      background="raised"
      data-testid={testId}
    >
      {children}
    </Box>
  );
}

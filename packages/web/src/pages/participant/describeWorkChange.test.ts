import type { TFunction } from 'i18next';
import { describe, expect, it } from 'vitest';
import type { ParticipantHistory } from '../../api/types.ts';
import { describeWorkChange } from './describeWorkChange.ts';

const t = ((key: string, options?: Record<string, unknown>) =>
  options ? `${key} ${JSON.stringify(options)}` : key) as unknown as TFunction;

function change(entity: string, action: string, after: unknown, before: unknown = null) {
  const entry: ParticipantHistory['changes'][number] = {
    id: 1,
    entity,
    action,
    before,
    after,
    changedBy: null,
    changedAt: '2026-11-20T10:00:00Z',
  };
  return entry;
}

describe('changes to the profile, plan and work in words', () => {
  it('names what changed', () => {
    expect(describeWorkChange(t, change('career_profile', 'update', { version: 2 }), 'nb')).toBe(
      'careerProfile.historyEntry {"version":"2"}',
    );
    expect(
      describeWorkChange(t, change('plan_goal', 'create', { text: 'Lager', parentId: null }), 'nb'),
    ).toBe('plan.history.goalAdded {"text":"Lager"}');
    expect(
      describeWorkChange(
        t,
        change('plan_step', 'update', { text: 'CV', status: 'done' }, { status: 'open' }),
        'nb',
      ),
    ).toBe('plan.history.stepDone {"text":"CV"}');
    expect(
      describeWorkChange(
        t,
        change('job', 'start', { title: 'Lager', employer: 'Coop', startDate: '2026-11-02' }),
        'nb',
      ),
    ).toBe('work.history.jobStarted {"title":"Lager","employer":"Coop","date":"02.11.2026"}');
    expect(describeWorkChange(t, change('job', 'end', { endDate: '2026-11-20' }), 'en')).toBe(
      'work.history.jobEnded {"date":"20 Nov 2026"}',
    );
  });

  it.each([
    ['cv', 'update', 'journey.history.cvSaved'],
    ['consent', 'update', 'journey.history.consentChanged'],
    ['access_block', 'create', 'journey.history.blockAdded'],
    ['access_block', 'delete', 'journey.history.blockLifted'],
  ])('words a %s %s', (entity, action, expected) => {
    expect(describeWorkChange(t, change(entity, action, null), 'nb')).toBe(expected);
  });

  it('leaves other changes, and entries without what the words need, to the general wording', () => {
    expect(describeWorkChange(t, change('participant', 'update', {}), 'nb')).toBeNull();
    expect(describeWorkChange(t, change('plan_goal', 'create', null), 'nb')).toBeNull();
  });
});

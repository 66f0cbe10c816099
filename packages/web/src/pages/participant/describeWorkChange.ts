import type { TFunction } from 'i18next';
import type { ParticipantHistory } from '../../api/types.ts';
import type { Language } from '../../i18n/catalogue.ts';
import { formatLocalDate } from '../../i18n/format.ts';

type ChangeEntry = ParticipantHistory['changes'][number];

function field(value: unknown, name: string): string | null {
  if (typeof value !== 'object' || value === null || !(name in value)) return null;
  const found = (value as Record<string, unknown>)[name];
  if (typeof found === 'string') return found;
  if (typeof found === 'number') return String(found);
  return null;
}

/**
 * A change to the career profile, the plan, jobs, education, the CV or consent in plain words, from what the change
 * log kept.
 * Null for other changes, and when the entry lacks what the words need.
 */
export function describeWorkChange(t: TFunction, change: ChangeEntry, language: Language): string | null {
  const after = change.after;
  switch (change.entity) {
    case 'career_profile': {
      const version = field(after, 'version');
      return version ? t('careerProfile.historyEntry', { version }) : null;
    }
    case 'plan_goal': {
      const text = field(after, 'text');
      if (!text) return null;
      if (change.action === 'create') {
        return field(after, 'parentId')
          ? t('plan.history.subGoalAdded', { text })
          : t('plan.history.goalAdded', { text });
      }
      return t('plan.history.goalChanged', { text });
    }
    case 'plan_step': {
      const text = field(after, 'text');
      if (!text) return null;
      if (change.action === 'create') return t('plan.history.stepAdded', { text });
      const before = field(change.before, 'status');
      const status = field(after, 'status');
      if (status === 'done' && before !== 'done') return t('plan.history.stepDone', { text });
      if (status === 'open' && before !== 'open') return t('plan.history.stepReopened', { text });
      return t('plan.history.stepChanged', { text });
    }
    case 'job': {
      if (change.action === 'start') {
        const title = field(after, 'title');
        const employer = field(after, 'employer');
        const date = field(after, 'startDate');
        if (!title || !employer || !date) return null;
        return t('work.history.jobStarted', { title, employer, date: formatLocalDate(date, language) });
      }
      const date = field(after, 'endDate');
      return date ? t('work.history.jobEnded', { date: formatLocalDate(date, language) }) : null;
    }
    case 'education': {
      const programme = field(after, 'programme');
      const institution = field(after, 'institution');
      return programme && institution ? t('work.history.educationAdded', { programme, institution }) : null;
    }
    case 'cv':
      return t('journey.history.cvSaved');
    case 'consent':
      return t('journey.history.consentChanged');
    case 'access_block':
      return change.action === 'delete' ? t('journey.history.blockLifted') : t('journey.history.blockAdded');
    default:
      return null;
  }
}

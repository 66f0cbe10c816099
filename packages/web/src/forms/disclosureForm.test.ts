import type { TFunction } from 'i18next';
import { describe, expect, it } from 'vitest';
import { ApiError } from '../api/problem.ts';
import {
  disclosureFormValues,
  mapDisclosureServerErrors,
  toDisclosurePlan,
  validateDisclosure,
} from './disclosureForm.ts';

const t = ((key: string, options?: Record<string, unknown>) =>
  options ? `${key} ${JSON.stringify(options)}` : key) as unknown as TFunction;

const today = '2026-11-20';

describe('the disclosure plan form', () => {
  it('starts empty, talked about today, or from the saved plan', () => {
    expect(disclosureFormValues(null, today)).toEqual({
      mayKnow: '',
      mustNotKnow: '',
      pros: '',
      cons: '',
      discussedOn: today,
    });
    const plan = {
      mayKnow: 'At jeg trenger faste pauser',
      mustNotKnow: 'Diagnosen',
      pros: 'Lettere å be om tilrettelegging',
      cons: 'Fordommer',
      discussedOn: '2026-11-02',
      updatedBy: null,
      updatedAt: '2026-11-02T10:00:00.000Z',
    };
    expect(disclosureFormValues(plan, today)).toMatchObject({
      mustNotKnow: 'Diagnosen',
      discussedOn: '2026-11-02',
    });
  });

  it('lets every answer be empty, but needs the date, not in the future', () => {
    const empty = disclosureFormValues(null, today);
    expect(validateDisclosure(t, empty, today)).toEqual({});
    expect(validateDisclosure(t, { ...empty, discussedOn: '' }, today)).toEqual({
      discussedOn: 'disclosure.errors.discussedOnRequired',
    });
    expect(validateDisclosure(t, { ...empty, discussedOn: '2026-11-21' }, today)).toEqual({
      discussedOn: 'fieldErrors.dateInFuture',
    });
    expect(validateDisclosure(t, { ...empty, cons: 'x'.repeat(4001) }, today)).toEqual({
      cons: 'fieldErrors.tooLong {"max":4000}',
    });
  });

  it("sends trimmed answers and puts the server's date problem on the date", () => {
    expect(
      toDisclosurePlan({ mayKnow: ' Pauser ', mustNotKnow: '', pros: '', cons: '', discussedOn: today }),
    ).toEqual({ mayKnow: 'Pauser', mustNotKnow: '', pros: '', cons: '', discussedOn: today });
    const error = new ApiError({
      title: 'Validation failed',
      status: 400,
      code: 'validation_failed',
      errors: [{ path: 'discussedOn', code: 'date_in_future', message: 'The date cannot be in the future' }],
    });
    expect(mapDisclosureServerErrors(t, error).fields).toEqual({ discussedOn: 'fieldErrors.dateInFuture' });
  });
});

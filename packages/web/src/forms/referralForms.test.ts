import { nextSyntheticNationalId } from '@ips-bridge/domain';
import type { TFunction } from 'i18next';
import { describe, expect, it } from 'vitest';
import { ApiError } from '../api/problem.ts';
import {
  EMPTY_SELF_REFERRAL,
  EMPTY_STAFF_REFERRAL,
  mapReferralServerErrors,
  SELF_REFERRAL_FIELDS,
  STAFF_REFERRAL_FIELDS,
  toAcceptReferral,
  toSelfReferral,
  toStaffReferral,
  validateAccept,
  validateSelfReferral,
  validateStaffReferral,
} from './referralForms.ts';

const t = ((key: string, options?: Record<string, unknown>) =>
  options ? `${key} ${JSON.stringify(options)}` : key) as unknown as TFunction;

const TEAM = '3f1e9a43-6b61-4a53-9a9c-9a0c6e3c8a11';
const nationalId = nextSyntheticNationalId('1990-05-05', 321);

describe('the self-referral form', () => {
  it('asks only for a team, a name and a way to get in touch', () => {
    expect(validateSelfReferral(t, EMPTY_SELF_REFERRAL)).toEqual({
      teamId: 'selfReferral.errors.team',
      givenName: 'selfReferral.errors.givenName',
      familyName: 'selfReferral.errors.familyName',
      phone: 'selfReferral.errors.contact',
    });
    const filled = { ...EMPTY_SELF_REFERRAL, teamId: TEAM, givenName: 'Kari', familyName: 'Nordmann' };
    expect(validateSelfReferral(t, { ...filled, email: 'kari@eksempel.no' })).toEqual({});
    expect(validateSelfReferral(t, { ...filled, phone: '+47 912 34 567' })).toEqual({});
  });

  it('checks the phone number, the e-mail address and the lengths like the server', () => {
    const filled = { ...EMPTY_SELF_REFERRAL, teamId: TEAM, givenName: 'Kari', familyName: 'Nordmann' };
    expect(validateSelfReferral(t, { ...filled, phone: 'ring meg' })).toEqual({ phone: 'fieldErrors.phone' });
    // A mistyped address is the one problem to fix: no second message asking for a way to get in touch.
    expect(validateSelfReferral(t, { ...filled, email: 'kari@' })).toEqual({ email: 'fieldErrors.email' });
    expect(validateSelfReferral(t, { ...filled, phone: '12345678', message: 'x'.repeat(2001) }).message).toBe(
      'fieldErrors.tooLong {"max":2000}',
    );
  });

  it('sends trimmed values, with empty contact fields as none', () => {
    expect(
      toSelfReferral({
        teamId: TEAM,
        givenName: ' Kari ',
        familyName: ' Nordmann ',
        phone: ' ',
        email: ' kari@eksempel.no ',
        message: ' Ring etter kl. 10 ',
      }),
    ).toEqual({
      teamId: TEAM,
      givenName: 'Kari',
      familyName: 'Nordmann',
      phone: null,
      email: 'kari@eksempel.no',
      message: 'Ring etter kl. 10',
    });
  });
});

describe('the professional referral form', () => {
  const filled = { ...EMPTY_STAFF_REFERRAL, teamId: TEAM, givenName: 'Ola', familyName: 'Hansen' };

  it('accepts an identity number as the only way to find the person, and checks it', () => {
    expect(validateStaffReferral(t, filled)).toEqual({ phone: 'referrals.form.errors.contact' });
    expect(validateStaffReferral(t, { ...filled, nationalId })).toEqual({});
    expect(validateStaffReferral(t, { ...filled, nationalId: '12345678901' })).toEqual({
      nationalId: 'fieldErrors.nationalId.checksum',
    });
  });

  it('sends the identity number without spaces, or none', () => {
    const spaced = `${nationalId.slice(0, 6)} ${nationalId.slice(6)}`;
    expect(toStaffReferral({ ...filled, nationalId: spaced, phone: '12345678' })).toMatchObject({
      nationalId,
      phone: '12345678',
    });
    expect(toStaffReferral({ ...filled, phone: '12345678' }).nationalId).toBeNull();
  });

  it("words the server's objections for the form's own fields", () => {
    const error = new ApiError({
      title: 'Validation failed',
      status: 400,
      code: 'validation_failed',
      errors: [
        { path: 'teamId', code: 'unknown_team', message: 'No such IPS team' },
        { path: 'phone', code: 'custom', message: 'Give a way to reach the person' },
      ],
    });
    expect(
      mapReferralServerErrors(t, error, STAFF_REFERRAL_FIELDS, 'referrals.form.errors.contact', false),
    ).toEqual({
      fields: { teamId: 'referrals.problems.unknownTeam', phone: 'referrals.form.errors.contact' },
      other: [],
    });
    expect(mapReferralServerErrors(t, error, SELF_REFERRAL_FIELDS, 'contact', true).fields.phone).toBe(
      'fieldErrors.phone',
    );
  });
});

describe('accepting a referral', () => {
  it('needs a valid identity number, checked in the browser', () => {
    expect(validateAccept(t, { nationalId: '', specialistId: '' })).toEqual({
      nationalId: 'referrals.accept.errors.nationalId',
    });
    expect(validateAccept(t, { nationalId: '1234', specialistId: '' })).toEqual({
      nationalId: 'fieldErrors.nationalId.format',
    });
    expect(validateAccept(t, { nationalId, specialistId: '' })).toEqual({});
  });

  it('leaves the specialist out when it is chosen later', () => {
    expect(toAcceptReferral({ nationalId: ` ${nationalId} `, specialistId: '' })).toEqual({
      nationalId,
      specialistId: null,
    });
    expect(toAcceptReferral({ nationalId, specialistId: TEAM }).specialistId).toBe(TEAM);
  });
});

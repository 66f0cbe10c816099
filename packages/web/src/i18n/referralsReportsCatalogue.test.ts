import { NAV_REPORT_KINDS, NAV_REPORT_STATUSES } from '@ips-bridge/domain';
import { describe, expect, it } from 'vitest';
import { REFERRAL_FILTERS } from '../api/referrals.ts';
import { DISCLOSURE_TEXT_FIELDS } from '../forms/disclosureForm.ts';
import { en } from './locales/en.ts';
import { nb } from './locales/nb.ts';
import { nn } from './locales/nn.ts';

const REFERRAL_STATUSES = ['new', 'accepted', 'duplicate', 'withdrawn'];
const CLOSE_REASONS = ['duplicate', 'withdrawn'];

// These are looked up with template keys (`referrals.statuses.${status}` …), which the general key check cannot
// see: every value the API can send needs words in every language.
describe('referral, report, disclosure and time-use labels', () => {
  it.each([
    ['nb', nb],
    ['nn', nn],
    ['en', en],
  ])('are all translated in %s', (_language, catalogue) => {
    const missing = (labels: Record<string, unknown>, values: readonly string[]) =>
      values.filter((value) => typeof labels[value] !== 'string' || labels[value] === '');
    expect(missing(catalogue.referrals.statuses, REFERRAL_STATUSES)).toEqual([]);
    expect(missing(catalogue.referrals.inbox.filters, REFERRAL_FILTERS)).toEqual([]);
    expect(missing(catalogue.referrals.inbox.empty, REFERRAL_FILTERS)).toEqual([]);
    expect(missing(catalogue.referrals.close.reasons, CLOSE_REASONS)).toEqual([]);
    expect(missing(catalogue.referrals.close.reasonDescriptions, CLOSE_REASONS)).toEqual([]);
    expect(missing(catalogue.referrals.close.done, CLOSE_REASONS)).toEqual([]);
    expect(missing(catalogue.navReports.kinds, NAV_REPORT_KINDS)).toEqual([]);
    expect(missing(catalogue.navReports.kindDescriptions, NAV_REPORT_KINDS)).toEqual([]);
    expect(missing(catalogue.navReports.status.staff, NAV_REPORT_STATUSES)).toEqual([]);
    expect(missing(catalogue.navReports.status.jobseeker, NAV_REPORT_STATUSES)).toEqual([]);
    expect(missing(catalogue.navReports.mine.next, NAV_REPORT_STATUSES)).toEqual([]);
    expect(missing(catalogue.disclosure.questions, DISCLOSURE_TEXT_FIELDS)).toEqual([]);
    expect(missing(catalogue.disclosure.hints, DISCLOSURE_TEXT_FIELDS)).toEqual([]);
  });

  it('ask the self-referral nothing about eligibility: the page never mentions diagnosis or readiness checks', () => {
    for (const catalogue of [nb, nn, en]) {
      const text = JSON.stringify(catalogue.selfReferral).toLowerCase();
      for (const word of ['diagnos', 'eligib', 'kvalifiser', 'sykemeld']) expect(text).not.toContain(word);
    }
  });
});

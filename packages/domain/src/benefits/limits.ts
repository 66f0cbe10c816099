/** Input limits, shared with the API's schema and the web form so all three reject the same values. */
export const MIN_SCENARIOS = 1;
export const MAX_SCENARIOS = 10;
export const MAX_HOURS_PER_WEEK = 100;
export const MAX_WEEKS_PER_YEAR = 52;
/** A sanity bound, not a rule: no ordinary job pays more per hour. */
export const MAX_HOURLY_WAGE = 10_000;
export const MAX_LABEL_LENGTH = 100;
export const MAX_UFOREGRAD = 100;
export const MAX_KOMPENSASJONSGRAD = 100;
/** A sanity bound for yearly and monthly kroner amounts entered (IFU, benefit, grunnlag, housing costs). */
export const MAX_AMOUNT = 100_000_000;
export const MIN_AAP_AGE = 18;
export const MAX_AAP_AGE = 67;
export const MAX_CHILDREN = 20;
export const MAX_CHILD_AGE = 17;
/** Months with uføretrygd before the year; beyond 24 the count no longer matters. */
export const MAX_MONTHS_RECEIVED = 1_200;
/** Points a net-income curve may have. */
export const MAX_CURVE_POINTS = 1_001;

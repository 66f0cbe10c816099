import type { TextParams } from './codes.ts';

export type BenefitsLocale = 'nb' | 'nn' | 'en';
export const BENEFITS_LOCALES: readonly BenefitsLocale[] = ['nb', 'nn', 'en'];

const NBSP = '\u00a0';

/**
 * Formats a number the same way everywhere (no dependence on the runtime's locale data):
 * nb/nn: 12 345,5 (no-break space groups, decimal comma); en: 12,345.5. At most `maxDecimals`, no trailing zeros.
 */
export function formatNumber(value: number, locale: BenefitsLocale, maxDecimals = 2): string {
  const fixed = Math.abs(value).toFixed(maxDecimals);
  const [whole = '0', fraction = ''] = fixed.split('.');
  const trimmed = fraction.replace(/0+$/, '');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, locale === 'en' ? ',' : NBSP);
  const sign = value < 0 && Number(fixed) !== 0 ? '−' : '';
  const decimal = locale === 'en' ? '.' : ',';
  return `${sign}${grouped}${trimmed === '' ? '' : `${decimal}${trimmed}`}`;
}

export function formatKroner(value: number, locale: BenefitsLocale): string {
  const n = formatNumber(value, locale, 0);
  return locale === 'en' ? `NOK${NBSP}${n}` : `${n}${NBSP}kr`;
}

export function formatPercent(value: number, locale: BenefitsLocale): string {
  const n = formatNumber(value, locale, 2);
  return locale === 'en' ? `${n}%` : `${n}${NBSP}%`;
}

/** What a template reads its values through: each call checks the value is there and of the right type. */
export type ParamReader = {
  readonly kr: (key: string) => string;
  readonly pct: (key: string) => string;
  /** A number with up to 2 decimals (hours, weeks, counts). */
  readonly num: (key: string) => string;
  /** A factor with up to 4 decimals (times the grunnbeløp). */
  readonly factor: (key: string) => string;
  readonly text: (key: string) => string;
  readonly n: (key: string) => number;
};

export function paramReader(params: TextParams, locale: BenefitsLocale, code: string): ParamReader {
  const n = (key: string): number => {
    const value = params[key];
    if (typeof value !== 'number') throw new Error(`text ${code}: number parameter ${key} is missing`);
    return value;
  };
  return {
    n,
    kr: (key) => formatKroner(n(key), locale),
    pct: (key) => formatPercent(n(key), locale),
    num: (key) => formatNumber(n(key), locale, 2),
    factor: (key) => formatNumber(n(key), locale, 4),
    text: (key) => {
      const value = params[key];
      if (typeof value !== 'string') throw new Error(`text ${code}: text parameter ${key} is missing`);
      return value;
    },
  };
}

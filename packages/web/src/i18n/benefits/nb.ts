// The calculator's explanation texts in nb, loaded with the money pages' catalogue part (i18n.ts).
export { BENEFITS_TEXTS_NB } from '@ips-bridge/domain';

// The calculator's explanation texts in en, loaded with the money pages' catalogue part (i18n.ts).
export { BENEFITS_TEXTS_EN } from '@ips-bridge/domain';

// The calculator's explanation texts in nn, loaded with the money pages' catalogue part (i18n.ts).
export { BENEFITS_TEXTS_NN } from '@ips-bridge/domain';

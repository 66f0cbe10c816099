export * from './indicators.ts';
export * from './ips25.ts';
export * from './loader.ts';
export * from './review.ts';
export * from './scale-types.ts';

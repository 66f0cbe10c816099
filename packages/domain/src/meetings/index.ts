export * from './ics.ts';
export * from './meetings.ts';
export * from './oslo-time.ts';
export * from './quality.ts';

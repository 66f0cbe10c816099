export * from './admin.ts';
export * from './career-profile.ts';
export * from './common.ts';
export * from './employers.ts';
export * from './journey.ts';
export * from './participants.ts';
export * from './plan.ts';
export * from './session.ts';

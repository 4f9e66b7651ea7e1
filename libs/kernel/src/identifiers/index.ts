export * from './organization-code.js';
export * from './resident-id.js';
export * from './uscc.js';
export * from './mask-resident-ids.js';
export * from './identifier-problem.js';

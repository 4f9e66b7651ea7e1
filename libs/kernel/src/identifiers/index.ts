export * from './organization-code.js';
export * from './resident-id.js';
export * from './uscc.js';

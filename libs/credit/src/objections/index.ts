export * from './objection-events.js';
export * from './objection-state.js';
export * from './objection-error.js';
export * from './objection-time-limits.js';
export * from './decide-objection.js';

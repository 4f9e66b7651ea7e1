export * from './clock.js';
export * from './event-metadata.js';
export * from './time/local-date.js';

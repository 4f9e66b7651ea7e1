export * from './clock.js';
export * from './event-metadata.js';
export * from './time/local-date.js';
export * from './time/working-day-calendar.js';
export * from './identifiers/index.js';
export * from './events/event.js';
export * from './json/value-at.js';

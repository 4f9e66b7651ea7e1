export * from './clock.js';
export * from './event-metadata.js';

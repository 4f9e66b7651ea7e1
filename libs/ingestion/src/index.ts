export * from './fact-event-id.js';
export * from './item-result.js';
export * from './record-facts.js';
export * from './import-facts.js';

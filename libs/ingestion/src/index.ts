export * from './fact-event-id.js';
export * from './item-result.js';
export * from './record-facts.js';
export * from './import-facts.js';
export * from './listing-event-data.js';
export * from './rule-sets/rule-set-events.js';
export * from './rule-sets/rule-set-registry.js';
export * from './rule-sets/rule-set-activation.js';

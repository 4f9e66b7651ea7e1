export * from './delivered-change.js';
export * from './delivery-service.js';
export * from './delivery-settings.js';
export * from './subscription-secret.js';
export * from './retention-sweep.js';

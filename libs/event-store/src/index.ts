export * from './append-each-stream.js';
export * from './append-signal.js';
export * from './errors.js';
export * from './event-store.port.js';
export * from './global-position.js';
export * from './polling-subscription.js';
export * from './recorded-event.js';
export * from './upcasters.js';

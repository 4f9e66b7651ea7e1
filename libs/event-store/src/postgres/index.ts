// The PostgreSQL adapter (`#event-store/postgres`): the store, its schema, the sealer and verifier of the hash chain.
export * from './event-store-schema.js';
export * from './postgres-event-store.js';
export * from './event-chain-schema.js';
export * from './event-sealer.js';
export * from './log-verifier.js';

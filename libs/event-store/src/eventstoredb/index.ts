// The KurrentDB adapter (`#event-store/kurrent`).
export * from './kurrent-event-store.js';

export * from './problem.js';
export * from './refusal.js';

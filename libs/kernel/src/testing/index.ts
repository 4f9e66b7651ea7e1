export * from './valid-codes.js';

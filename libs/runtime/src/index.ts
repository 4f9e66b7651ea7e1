export * from './config.js';
export * from './data-dir-lock.js';
export * from './embedded-postgres.js';
export * from './postgres-connection.js';
export * from './storage.js';
export * from './logger.js';
export * from './departments-file.js';
export * from './rule-set-directory.js';

export * from './rule-set/parse-rule-set.js';
export * from './rule-set/rule-set.schema.js';
export * from './rule-set/vocabulary.js';
export * from './values/decimal.js';
export * from './values/threshold.js';

import type { FactDefinition } from '../fact-definition.js';
import { doublePublicityFacts } from './double-publicity.facts.js';
import { incentiveFacts } from './incentive.facts.js';
import { judicialFacts } from './judicial.facts.js';
import { labourAndSafetyFacts } from './labour-and-safety.facts.js';
import { listingFacts } from './listing.facts.js';
import { objectionFacts } from './objection.facts.js';
import { registrationFacts } from './registration.facts.js';
import { repairFacts } from './repair.facts.js';
import { taxFacts } from './tax.facts.js';

export * from './double-publicity.facts.js';
export * from './incentive.facts.js';
export * from './judicial.facts.js';
export * from './labour-and-safety.facts.js';
export * from './listing.facts.js';
export * from './objection.facts.js';
export * from './person-roles.js';
export * from './registration.facts.js';
export * from './repair.facts.js';
export * from './tax.facts.js';
export * from './tax-case-v1.js';

/** Every fact type departments can record, in the order the documentation lists them. */
export const FACT_DEFINITIONS: readonly FactDefinition[] = [
  ...registrationFacts,
  ...doublePublicityFacts,
  ...judicialFacts,
  ...taxFacts,
  ...labourAndSafetyFacts,
  ...incentiveFacts,
  ...listingFacts,
  ...repairFacts,
  ...objectionFacts,
];

import type { Provider } from '@nestjs/common';
import type { FactCatalogue } from '#credit';
import type { EventStore } from '#event-store';
import { FactRecorder, ObjectionCases, type RuleSetsInForce } from '#ingestion';
import type { Clock } from '#kernel';
import { CLOCK, EVENT_STORE, FACT_CATALOGUE, RULE_SETS } from '../shared/storage.tokens.js';

/** The objection cases, recording an upheld revocation's RecordRevoked under the rule set in force like any fact. */
export const objectionCasesProvider: Provider = {
  provide: ObjectionCases,
  useFactory: (store: EventStore, catalogue: FactCatalogue, clock: Clock, ruleSets: RuleSetsInForce) =>
    new ObjectionCases(store, catalogue, new FactRecorder(store, catalogue, clock, { rules: ruleSets })),
  inject: [EVENT_STORE, FACT_CATALOGUE, CLOCK, RULE_SETS],
};

import { Inject } from '@nestjs/common';
import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { SUBJECT_DELISTED, SUBJECT_LISTED, subjectStream, type FactCatalogue } from '#credit';
import { factRecordsOf } from '#ingestion';
import type { EventStore } from '#event-store';
import { looksLikeResidentId } from '#kernel';
import { applicableMeasures, entryStatus, recordedEntries, type CompiledRuleSet, type RecordedListing } from '#rules';
import { EVENT_STORE, FACT_CATALOGUE, RULES } from '../storage/storage.tokens.js';
import { SubjectMeasuresQuery, type SubjectMeasures } from './subject-measures.query.js';

/** The measures that apply to a subject on a date: from its recorded list entries, evaluated in memory. */
@QueryHandler(SubjectMeasuresQuery)
export class SubjectMeasuresHandler implements IQueryHandler<SubjectMeasuresQuery> {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(FACT_CATALOGUE) private readonly catalogue: FactCatalogue,
    @Inject(RULES) private readonly rules: CompiledRuleSet,
  ) {}

  async execute({ code, asOf, scenario, department }: SubjectMeasuresQuery): Promise<SubjectMeasures> {
    const history = await this.store.readStream(subjectStream(code));
    const facts = factRecordsOf(history, this.catalogue);
    const listings: RecordedListing[] = history
      .filter((event) => event.type === SUBJECT_LISTED || event.type === SUBJECT_DELISTED)
      .map((event) => ({ eventId: event.id, type: event.type === SUBJECT_LISTED ? 'listed' : 'delisted', data: event.data as Record<string, unknown> }));
    const entries = recordedEntries(listings, facts);
    const measures = applicableMeasures(entries, facts, { as: 'subject', naturalPerson: looksLikeResidentId(code) }, { asOf, scenario, department }, this.rules);
    return {
      subject: code,
      asOf,
      ruleSet: { id: this.rules.id, version: this.rules.version },
      lists: entries.map(({ listingFact: _fact, ...entry }) => ({ ...entry, status: entryStatus(entry as never, asOf) })),
      measures,
    };
  }
}

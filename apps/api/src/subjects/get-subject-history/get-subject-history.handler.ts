import { Inject } from '@nestjs/common';
import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { sharedHistory, subjectStream, type FactCatalogue, type SubjectEvent } from '#credit';
import { formatPosition, type EventStore } from '#event-store';
import { EVENT_STORE, FACT_CATALOGUE } from '../../shared/storage.tokens.js';
import { SubjectHistoryQuery, type SubjectHistory } from './get-subject-history.query.js';

@QueryHandler(SubjectHistoryQuery)
export class SubjectHistoryHandler implements IQueryHandler<SubjectHistoryQuery> {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(FACT_CATALOGUE) private readonly catalogue: FactCatalogue,
  ) {}

  async execute({ code, viewer }: SubjectHistoryQuery): Promise<SubjectHistory> {
    const stored = await this.store.readStream<SubjectEvent>(subjectStream(code));
    const events = viewer ? sharedHistory(stored, this.catalogue, viewer) : stored;
    return {
      subject: code,
      events: events.map((event) => {
        // Facts carry the department and its record id; listing decisions have neither.
        const fact = 'sourceRecordId' in event.data ? event.data : undefined;
        return {
          eventId: event.id,
          revision: event.revision,
          type: event.type,
          label: this.catalogue.forEventType(event.type)?.label,
          recordedAt: event.recordedAt.toISOString(),
          position: formatPosition(event.position),
          department: fact?.department ?? event.metadata.department,
          sourceRecordId: fact?.sourceRecordId,
          data: event.data,
        };
      }),
    };
  }
}

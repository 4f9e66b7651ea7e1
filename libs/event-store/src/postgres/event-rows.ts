import type { EventMetadata } from '#kernel';
import type { JsonObject, RecordedEvent } from '../recorded-event.js';

export const EVENT_COLUMNS = `global_position, transaction_id::text AS commit_position, stream_id, stream_revision,
  event_id, event_type, data, metadata, recorded_at`;

export interface EventRow {
  global_position: string;
  commit_position: string;
  stream_id: string;
  stream_revision: string;
  event_id: string;
  event_type: string;
  data: JsonObject;
  metadata: EventMetadata;
  recorded_at: Date;
}

export function toRecordedEvent(row: EventRow): RecordedEvent {
  return {
    id: row.event_id,
    stream: row.stream_id,
    revision: Number(row.stream_revision),
    type: row.event_type,
    data: row.data,
    metadata: row.metadata,
    position: { commit: BigInt(row.commit_position), prepare: BigInt(row.global_position) },
    recordedAt: row.recorded_at,
  };
}

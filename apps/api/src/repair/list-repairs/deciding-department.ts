import { subjectStream } from '#credit';
import type { EventStore } from '#event-store';
import type { CreditRepairRow } from '#read-model';

/**
 * Keeps the applications for records `department` recorded (谁认定、谁修复). Who applied or decided says it, unless the
 * credit office did (it may for any record): then the record's own event says who recorded it. The subjects' streams
 * are read only for those.
 */
export async function forDecidingDepartment(
  store: EventStore,
  rows: readonly CreditRepairRow[],
  department: string,
  creditOffices: ReadonlySet<string>,
): Promise<CreditRepairRow[]> {
  const byOffice = (by: string | undefined) => by === undefined || creditOffices.has(by);
  const unknown = rows.filter(
    (r) => r.appliedBy !== department && r.decidedBy !== department && byOffice(r.appliedBy) && byOffice(r.decidedBy),
  );
  const streams = await store.readStreams([...new Set(unknown.map((r) => subjectStream(r.subject)))]);
  const recordedBy = (row: CreditRepairRow) =>
    (streams.get(subjectStream(row.subject))?.find((event) => event.id === row.recordEventId)?.data as { department?: string } | undefined)
      ?.department;
  return rows.filter(
    (r) => r.appliedBy === department || r.decidedBy === department || (unknown.includes(r) && recordedBy(r) === department),
  );
}

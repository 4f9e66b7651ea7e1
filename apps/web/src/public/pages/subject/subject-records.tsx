import type { PublicRecord } from '../../../shared/public-api';
import { InspectionRecords } from './inspection-records';
import { LicenceRecords } from './licence-records';
import { ListEntryRecords } from './list-entry-records';
import { PenaltyRecords } from './penalty-records';

/** The subject's published records, a table per kind (a kind with none is left out). */
export function SubjectRecords({ records }: { records: readonly PublicRecord[] }) {
  const of = (kind: PublicRecord['kind']) => records.filter((r) => r.kind === kind);
  const [entries, penalties, licences, inspections] = [of('list-entry'), of('penalty'), of('licence'), of('inspection')];
  return (
    <>
      {entries.length > 0 && <ListEntryRecords records={entries} />}
      {penalties.length > 0 && <PenaltyRecords records={penalties} />}
      {licences.length > 0 && <LicenceRecords records={licences} />}
      {inspections.length > 0 && <InspectionRecords records={inspections} />}
    </>
  );
}

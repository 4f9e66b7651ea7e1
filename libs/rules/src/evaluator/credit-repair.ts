import type { LocalDate } from '#kernel';
import type { FactRecord, ListEntry } from './list-entries.js';

/** What an approved repair does (令第36号 第三条, read in the order's text: docs/law/measures/repair.md §4). */
export const REPAIR_EFFECT = {
  documentNumber: '国家发展改革委令第36号',
  clause: '第三条 有关方面按照规定终止公示、停止共享和使用失信信息，同步依法依规解除失信惩戒措施',
  sources: ['https://toubiaole.com/news/xingyexinwen/887.html', 'http://m.law-lib.com/law/law_view.asp?id=786242'],
};

/**
 * An approved credit repair ends, on its decision date, the entries whose listing fact is the repaired record
 * (令第36号 第三条: the measures lift together with publication and sharing). A refusal ends nothing.
 */
export function applyCreditRepair(entries: ListEntry[], decision: FactRecord): void {
  if (decision.type !== 'CreditRepairDecided' || decision.data.outcome !== 'approved') return;
  const on = decision.data.decidedOn as LocalDate;
  entries.forEach((entry, i) => {
    if (entry.listingFact.eventId !== decision.data.recordEventId || (entry.ended && entry.ended.on <= on)) return;
    entries[i] = { ...entry, ended: { on, reason: 'credit-repair', eventId: decision.eventId, basis: REPAIR_EFFECT } };
  });
}

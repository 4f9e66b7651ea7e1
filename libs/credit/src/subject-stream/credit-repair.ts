import type { LocalDate } from '#kernel';
import type { FactCatalogue } from '../facts/fact-catalogue.js';
import { domainError, type DomainError } from './domain-error.js';
import type { ListingRules } from './listing-rules.js';
import type { RecordedFact, SubjectState } from './subject-state.js';

/** The fields of a CreditRepairApplied / CreditRepairDecided the decider reads. */
interface RepairCommand {
  readonly type: string;
  readonly department: string;
  readonly creditOffice: boolean;
  readonly fact: Readonly<Record<string, unknown>>;
}

/**
 * Why a credit repair step is refused, or undefined. Only the department that decided the record (谁认定、谁修复) or
 * the credit office records it; an application must meet the rules' conditions on its date (422), a decision must
 * answer a recorded, undecided application naming the same record (409).
 */
export function repairStepRefusal(command: RepairCommand, state: SubjectState, rules: ListingRules | undefined): DomainError | undefined {
  if (command.type === 'CreditRepairApplied') return applicationRefusal(command, state, rules);
  if (command.type === 'CreditRepairDecided') return decisionRefusal(command, state);
  return undefined;
}

function applicationRefusal(command: RepairCommand, state: SubjectState, rules: ListingRules | undefined): DomainError | undefined {
  const { fact } = command;
  const recordEventId = String(fact.recordEventId);
  const record = state.facts.find((f) => f.eventId === recordEventId);
  if (!record) return domainError('reference-not-found', 'data.recordEventId', `no fact ${recordEventId} is recorded for this subject`);
  const forbidden = notTheDecider(command, record, 'data.recordEventId');
  if (forbidden) return forbidden;
  const repaired = decisions(state).find((d) => d.data.recordEventId === recordEventId && d.data.outcome === 'approved');
  if (repaired)
    return domainError(
      'record-already-repaired',
      'data.recordEventId',
      `${recordEventId} was repaired on ${String(repaired.data.decidedOn)}`,
    );
  const decided = new Set(decisions(state).map((d) => d.data.applicationNumber));
  const pending = applications(state).find((a) => a.data.recordEventId === recordEventId && !decided.has(a.data.applicationNumber));
  if (pending)
    return domainError(
      'repair-application-pending',
      'data.recordEventId',
      `application ${String(pending.data.applicationNumber)} for ${recordEventId} is not decided yet`,
    );
  const refusal = rules?.repairRefusal?.(state, {
    recordEventId,
    commitmentMade: fact.commitmentMade === true,
    on: fact.appliedOn as LocalDate,
  });
  if (!refusal) return undefined;
  const path =
    refusal.code === 'minimum-period-not-reached'
      ? 'data.appliedOn'
      : refusal.code === 'commitment-not-made'
        ? 'data.commitmentMade'
        : 'data.recordEventId';
  return domainError('repair-not-eligible', path, `${refusal.code}: ${refusal.reason}`);
}

function decisionRefusal(command: RepairCommand, state: SubjectState): DomainError | undefined {
  const { fact } = command;
  const number = String(fact.applicationNumber);
  const application = applications(state).find((a) => a.data.applicationNumber === number);
  if (!application)
    return domainError(
      'repair-not-applied',
      'data.applicationNumber',
      `no credit repair application ${number} is recorded for this subject`,
    );
  const earlier = decisions(state).find((d) => d.data.applicationNumber === number);
  if (earlier)
    return domainError(
      'repair-already-decided',
      'data.applicationNumber',
      `application ${number} was already decided (${String(earlier.data.outcome)} on ${String(earlier.data.decidedOn)})`,
    );
  if (fact.recordEventId !== application.data.recordEventId)
    return domainError(
      'repair-record-mismatch',
      'data.recordEventId',
      `application ${number} names the record ${String(application.data.recordEventId)}, not ${String(fact.recordEventId)}`,
    );
  if (String(fact.decidedOn) < String(application.data.appliedOn))
    return domainError(
      'repair-decided-before-application',
      'data.decidedOn',
      `the application was made on ${String(application.data.appliedOn)}`,
    );
  const record = state.facts.find((f) => f.eventId === application.data.recordEventId);
  if (!record)
    return domainError(
      'repair-record-revoked',
      'data.recordEventId',
      `the record ${String(application.data.recordEventId)} was revoked void from the start after the application: there is nothing to repair`,
    );
  return notTheDecider(command, record, 'data.applicationNumber');
}

/** 谁认定、谁修复: the department that recorded the record, or the credit office. */
function notTheDecider(command: RepairCommand, record: RecordedFact, path: string): DomainError | undefined {
  if (command.creditOffice || !record.department || record.department === command.department) return undefined;
  return domainError(
    'not-the-deciding-department',
    path,
    `the record was decided by ${record.department}: only it (谁认定、谁修复) or the credit office records its repair`,
  );
}

const applications = (state: SubjectState) => state.facts.filter((f) => f.type === 'CreditRepairApplied');
const decisions = (state: SubjectState) => state.facts.filter((f) => f.type === 'CreditRepairDecided');

/** Who reads a subject's history: the repaired records stay visible to the department that decided them and the office. */
export interface HistoryViewer {
  readonly department: string;
  readonly creditOffice: boolean;
}

interface StreamEvent {
  readonly id: string;
  readonly type: string;
  readonly data: unknown;
}

/**
 * 令第36号 第三条 停止共享和使用: once a record is repaired, the subject's history no longer shares it with other
 * departments — the record, the facts that act on it (its corrections and performance, the repair steps) and the
 * listing decisions resting on it. The event log keeps everything; the deciding department and the office see it all.
 */
export function sharedHistory<E extends StreamEvent>(events: readonly E[], catalogue: FactCatalogue, viewer: HistoryViewer): E[] {
  if (viewer.creditOffice) return [...events];
  const typeOf = (e: E) => catalogue.forEventType(e.type)?.type;
  const factOf = (e: E) => (e.data as { fact?: Record<string, unknown> }).fact ?? {};
  const repaired = new Set(
    events
      .filter((e) => typeOf(e) === 'CreditRepairDecided' && factOf(e).outcome === 'approved')
      .map((e) => String(factOf(e).recordEventId)),
  );
  const hidden = new Set<string>();
  const hiddenPenalties = new Set<unknown>();
  for (const e of events) {
    if (!repaired.has(e.id) || (e.data as { department?: string }).department === viewer.department) continue;
    hidden.add(e.id);
    if (typeOf(e) === 'PenaltyDecided') hiddenPenalties.add(factOf(e).decisionNumber);
  }
  if (hidden.size === 0) return [...events];
  return events.filter((e) => {
    const type = typeOf(e);
    const fact = factOf(e);
    const listing = e.data as { causes?: string[]; listingFactEventId?: string };
    return !(
      hidden.has(e.id) ||
      hidden.has(String(fact.recordEventId)) ||
      (type?.startsWith('Penalty') && hiddenPenalties.has(fact.decisionNumber)) ||
      hidden.has(listing.causes?.[0] ?? '') ||
      hidden.has(listing.listingFactEventId ?? '')
    );
  });
}

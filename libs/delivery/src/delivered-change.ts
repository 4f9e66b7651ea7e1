import {
  factEventType,
  registrationFacts,
  SUBJECT_DELISTED,
  SUBJECT_LISTED,
  subjectOfStream,
  type FactEvent,
  type FactEventData,
  type ListingEvent,
} from '#credit';
import { asRecorded, formatPosition, type RecordedEvent } from '#event-store';
import { maskResidentIdsDeep } from '#kernel';
import type { ListChange } from '#read-model';
import type { CompiledRuleSet } from '#rules';

/** A list entry started or ended, as pushed and as the feed answers (docs/joint-loop.md, "Push: the webhook contract"). */
export interface ListChangeBody {
  readonly id: string;
  readonly kind: 'list-change';
  readonly change: 'listed' | 'delisted';
  readonly subject: string;
  readonly listType: string;
  readonly color: 'red' | 'black' | null;
  readonly effectiveOn: string;
  readonly until: string | null;
  readonly reason: string | null;
  readonly recordedAt: string;
  readonly position: string;
}

/** A new registration (SubjectRegistered), for 双告知: what the registration records, no more. */
export interface RegistrationBody {
  readonly id: string;
  readonly kind: 'registration';
  readonly subject: string;
  readonly subjectKind: string;
  readonly name: string;
  readonly registeredOn: string;
  readonly registrationAuthority: string;
  readonly legalForm: string | null;
  readonly address: string | null;
  readonly recordedBy: string;
  readonly recordedAt: string;
  readonly position: string;
}

export type DeliveredChange = ListChangeBody | RegistrationBody;

export const SUBJECT_REGISTERED = factEventType(registrationFacts.find((fact) => fact.type === 'SubjectRegistered')!);

/** The event types a delivery can carry. */
export const DELIVERED_EVENT_TYPES: readonly string[] = [SUBJECT_LISTED, SUBJECT_DELISTED, SUBJECT_REGISTERED];

/**
 * The change an event of the log is, for a department: a person's 身份证号 masked (first 6, last 4), as for every
 * caller but the credit office, since a push names no purpose (apps/api/src/shared/personal-data.ts).
 */
export function deliveredChangeOf(event: RecordedEvent, rules: CompiledRuleSet): DeliveredChange | undefined {
  const subject = subjectOfStream(event.stream);
  if (!subject) return undefined;
  const common = { id: event.id, subject, recordedAt: event.recordedAt.toISOString(), position: formatPosition(event.position) };
  if (event.type === SUBJECT_LISTED || event.type === SUBJECT_DELISTED) {
    const [listing] = asRecorded<ListingEvent>([event]);
    if (listing.type === SUBJECT_LISTED) {
      const d = listing.data;
      return masked({
        ...common,
        kind: 'list-change',
        change: 'listed',
        listType: d.listType,
        color: d.color,
        effectiveOn: d.since,
        until: d.until ?? null,
        reason: null,
      });
    }
    const d = listing.data;
    return masked({
      ...common,
      kind: 'list-change',
      change: 'delisted',
      listType: d.listType,
      color: rules.listTypes.get(d.listType)?.color ?? null,
      effectiveOn: d.on,
      until: null,
      reason: d.reason,
    });
  }
  if (event.type === SUBJECT_REGISTERED) {
    const d: FactEventData<RegistrationFields> = asRecorded<FactEvent<'SubjectRegistered', RegistrationFields>>([event])[0].data;
    return masked({
      ...common,
      kind: 'registration',
      subjectKind: d.subject.kind,
      name: d.subject.name,
      registeredOn: d.fact.registeredOn,
      registrationAuthority: d.fact.registrationAuthority,
      legalForm: d.fact.legalForm ?? null,
      address: d.fact.address ?? null,
      recordedBy: d.department,
    });
  }
  return undefined;
}

/** The feed's change: the same shape, read from the list-change audit table. */
export function listChangeBodyOf(change: ListChange, rules: CompiledRuleSet): ListChangeBody {
  return {
    id: change.eventId,
    kind: 'list-change',
    change: change.change,
    subject: change.subject,
    listType: change.listType,
    color: (change.color as 'red' | 'black' | undefined) ?? rules.listTypes.get(change.listType)?.color ?? null,
    effectiveOn: change.effectiveOn,
    until: change.until ?? null,
    reason: change.reason ?? null,
    recordedAt: change.recordedAt,
    position: change.position,
  };
}

interface RegistrationFields {
  readonly registeredOn: string;
  readonly registrationAuthority: string;
  readonly legalForm?: string;
  readonly address?: string;
}

function masked<T extends DeliveredChange>(change: T): T {
  return maskResidentIdsDeep(change);
}

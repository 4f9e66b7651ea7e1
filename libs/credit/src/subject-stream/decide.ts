import { valueAt } from '#kernel';
import { factEventType } from '../facts/fact-catalogue.js';
import { withDerivedFields } from '../facts/derived-fields.js';
import type { FactDefinition } from '../facts/fact-definition.js';
import { RELATION_ROLES } from '../facts/catalogue/person-roles.js';
import { SUBJECT_KINDS } from '../subjects/subject-kind.js';
import { repairStepRefusal } from './credit-repair.js';
import { domainError, type DomainError } from './domain-error.js';
import { derivedEventId, factEventId } from './event-ids.js';
import { applyFact, factFingerprint, workingCopy } from './evolve.js';
import type { FactEventData, SubjectReference } from './fact-event.js';
import { withRegion } from './fact-region.js';
import { candidateCleared, candidateNoted, subjectDelisted, subjectListed } from './listing-decisions.js';
import { revocationRefusal, voidDelistings } from './record-revocation.js';
import { SUBJECT_DELISTED, SUBJECT_LISTED, type ListingBasis } from './listing-events.js';
import type { ListingEntry, ListingRules } from './listing-rules.js';
import type { FactRecorded, SubjectStreamEvent } from './subject-events.js';
import { decisionKey, referredDecisions, roleKey, sourceRecordKey, type RecordedFact, type SubjectState } from './subject-state.js';

/** Record one credit fact about the subject whose stream this is. Already validated field by field. */
export interface RecordFact {
  readonly kind: 'RecordFact';
  readonly definition: FactDefinition;
  readonly department: string;
  readonly sourceRecordId: string;
  readonly subject: SubjectReference;
  readonly fact: Readonly<Record<string, unknown>>;
  readonly flags?: readonly string[];
  /** The recording department's region, where known (see FactEventData.jurisdiction). */
  readonly jurisdiction?: string;
  /** The recording department holds the credit-office role: it may record another department's repair steps. */
  readonly creditOffice?: boolean;
}

/** Record what an activated rule set changes on the subject's lists from its effective date (never before it). */
export interface ReevaluateUnderRuleSet {
  readonly kind: 'ReevaluateUnderRuleSet';
  /** The RuleSetActivated event: the cause of every change. */
  readonly activationId: string;
  readonly subject: string;
  readonly effectiveFrom: string;
}

/** Record, for the audit trail, that a listing's fixed term has run out. */
export interface ExpireEntry {
  readonly kind: 'ExpireEntry';
  readonly listingEventId: string;
  readonly listType: string;
  readonly listingFactEventId: string;
  readonly until: string;
  readonly basis: ListingBasis;
  readonly ruleSet: { readonly id: string; readonly version: string };
}

export type SubjectCommand = RecordFact | ReevaluateUnderRuleSet | ExpireEntry;

/** What to append (for a recorded fact: the fact first, then the listing decisions it causes), or why not. */
export type Decision =
  | { readonly outcome: 'record'; readonly events: readonly SubjectStreamEvent[] }
  | { readonly outcome: 'duplicate'; readonly eventId: string }
  | { readonly outcome: 'rejected'; readonly error: DomainError };

const rejected = (error: DomainError): Decision => ({ outcome: 'rejected', error });
const record = (events: readonly SubjectStreamEvent[]): Decision => ({ outcome: 'record', events });

/**
 * decide(rules)(command, state) → what to append; pure: the same rules, history and command always decide
 * the same. Without rules a fact is recorded without listing decisions.
 */
export const decide =
  (rules: ListingRules | undefined) =>
  (command: SubjectCommand, state: SubjectState): Decision => {
    switch (command.kind) {
      case 'RecordFact':
        return recordFact(command, state, rules);
      case 'ReevaluateUnderRuleSet':
        return rules ? reevaluate(command, state, rules) : record([]);
      case 'ExpireEntry':
        return expire(command, state);
    }
  };

function recordFact(command: RecordFact, state: SubjectState, rules: ListingRules | undefined): Decision {
  const refusal = factRefusal(command, state);
  if (refusal) return refusal;
  const repairRefusal = repairStepRefusal(
    { ...command, type: command.definition.type, creditOffice: command.creditOffice === true },
    state,
    rules,
  );
  if (repairRefusal) return rejected(repairRefusal);
  const id = factEventId(command.department, command.sourceRecordId);
  const fact: SubjectStreamEvent<FactRecorded> = { id, type: factEventType(command.definition), data: factEventData(command) };
  // A revoked record is read out of the history: the listings it caused end void, and the rules never see it again.
  if (command.definition.effect === 'revokes-record') return record([fact, ...voidDelistings(state, command.fact, id)]);
  if (!rules) return record([fact]);
  const recorded: RecordedFact = {
    eventId: id,
    type: command.definition.type,
    data: withDerivedFields(command.definition, command.fact),
    ...withRegion(command.subject, command.jurisdiction),
    department: command.department,
  };
  const changes = rules.listingChanges(state, recorded);
  const candidacy = rules.candidateChanges(state, recorded, new Set(changes.started.flatMap((entry) => entry.causes)));
  if (changes.started.length === 0 && changes.ended.length === 0 && candidacy.noted.length === 0 && candidacy.cleared.length === 0)
    return record([fact]);
  // The persons reached are those of the history with this fact in it.
  const after = workingCopy(state);
  applyFact(command.definition, after, fact);
  const causedBy = (what: string) => ({ id: derivedEventId(id, what), causationId: id });
  return record([
    fact,
    ...changes.started.map((entry) =>
      subjectListed(entry, rules, rules.personsReached(entry, after), causedBy(`listed:${entry.listType}`)),
    ),
    ...changes.ended.map((entry) =>
      // The cause is the fact that ended it: a black listing recorded earlier ends a red entry that starts in it.
      subjectDelisted(entry, entry.ended?.eventId || id, rules, {
        id: derivedEventId(id, `delisted:${entry.listType}:${entry.listingFact.eventId}`),
        causationId: id,
      }),
    ),
    ...candidacy.noted.map((candidate) =>
      candidateNoted(candidate, rules, causedBy(`candidate:${candidate.listType}:${candidate.qualifyingFact.eventId}`)),
    ),
    ...candidacy.cleared.map(({ candidate, reason }) =>
      candidateCleared(
        candidate,
        reason,
        id,
        rules,
        causedBy(`candidate-cleared:${candidate.listType}:${candidate.qualifyingFact.eventId}`),
      ),
    ),
  ]);
}

/** What the fact event of a recorded command holds. */
export function factEventData(command: RecordFact): FactEventData {
  return {
    subject: command.subject,
    department: command.department,
    sourceRecordId: command.sourceRecordId,
    fact: command.fact,
    flags: command.flags,
    ...(command.jurisdiction ? { jurisdiction: command.jurisdiction } : {}),
  };
}

/** Why the fact is not recorded: a refusal, or a harmless repeat of what is on record; undefined when it is new. */
function factRefusal(command: RecordFact, state: SubjectState): Decision | undefined {
  const { definition, fact, subject } = command;
  let own: string | undefined;
  const fingerprint = () => (own ??= factFingerprint(definition.type, fact));

  if (!definition.subjectKinds.includes(subject.kind)) {
    return rejected(
      domainError(
        'fact-not-for-subject-kind',
        'subject.kind',
        `${definition.label} (${definition.type}) is not recorded for ${SUBJECT_KINDS[subject.kind]}; ` +
          `it applies to ${definition.subjectKinds.map((kind) => SUBJECT_KINDS[kind]).join('、')}`,
      ),
    );
  }
  if (state.kind && state.kind !== subject.kind) {
    return rejected(
      domainError(
        'subject-kind-mismatch',
        'subject.kind',
        `${subject.code} is recorded as ${SUBJECT_KINDS[state.kind]}, not ${SUBJECT_KINDS[subject.kind]}`,
      ),
    );
  }

  const earlierRecord = state.sourceRecords.get(sourceRecordKey(command.department, command.sourceRecordId));
  if (earlierRecord) {
    return earlierRecord.fingerprint() === fingerprint()
      ? { outcome: 'duplicate', eventId: earlierRecord.eventId }
      : rejected(
          domainError(
            'source-record-conflict',
            'sourceRecordId',
            `${command.sourceRecordId} was already recorded by this department with different content`,
          ),
        );
  }

  if (definition.effect === 'registers-subject' && state.registration) {
    return state.registration.fingerprint() === fingerprint()
      ? { outcome: 'duplicate', eventId: state.registration.eventId }
      : rejected(domainError('already-registered', 'type', `${subject.code} is already registered with other details`));
  }

  if (definition.decisionKey) {
    const values = definition.decisionKey.map((field) => valueAt(fact, field));
    const same = state.decisions.get(decisionKey(definition.type, values))?.find((decision) => decision.department === command.department);
    if (same) {
      return same.fingerprint() === fingerprint()
        ? { outcome: 'duplicate', eventId: same.eventId }
        : rejected(
            domainError(
              'duplicate-decision-number',
              `data.${definition.decisionKey[0]}`,
              `${values.join(' ')} was already recorded by this department with different content`,
            ),
          );
    }
  }

  if (definition.refersTo) {
    const values = definition.refersTo.by.map((field) => valueAt(fact, field));
    const earlier = referredDecisions(state, definition.refersTo.types, values, command.department);
    const field = `data.${definition.refersTo.by[0]}`;
    if (earlier.length === 0) {
      return rejected(
        domainError(
          'reference-not-found',
          field,
          `no ${definition.refersTo.types.join(' or ')} ${values.join(' ')} is recorded for ${subject.code}`,
        ),
      );
    }
    if (earlier.every((decision) => decision.ended)) {
      const sameEnding = earlier.flatMap((decision) => decision.endings).find((ending) => ending.fingerprint() === fingerprint());
      return sameEnding
        ? { outcome: 'duplicate', eventId: sameEnding.eventId }
        : rejected(domainError('reference-ended', field, `${values.join(' ')} has already ended (revoked, deleted or removed)`));
    }
  }

  if (definition.effect === 'revokes-record') {
    const revocationError = revocationRefusal(fact, state, subject.code);
    if (revocationError) return rejected(revocationError);
  }

  const roleError = checkRole(definition, fact, state);
  return roleError ? rejected(roleError) : undefined;
}

function reevaluate(command: ReevaluateUnderRuleSet, state: SubjectState, rules: ListingRules): Decision {
  const { activationId, subject } = command;
  const { started, ended } = rules.reevaluation(state, command.effectiveFrom);
  const causedBy = (what: string, entry: ListingEntry) => ({
    id: derivedEventId(activationId, `${subject}:${what}:${entry.listType}:${entry.listingFact.eventId}`),
    causationId: activationId,
  });
  return record([
    ...started.map((entry) => subjectListed(entry, rules, rules.personsReached(entry, state), causedBy('listed', entry))),
    ...ended.map((entry) => subjectDelisted(entry, activationId, rules, causedBy('delisted', entry))),
  ]);
}

/** Once per listing, and only for a listing on this subject's stream. */
function expire(command: ExpireEntry, state: SubjectState): Decision {
  const { listingEventId } = command;
  const listed = state.listings.some((event) => event.type === SUBJECT_LISTED && event.id === listingEventId);
  const expired = state.listings.some(
    (event) => event.type === SUBJECT_DELISTED && event.data.reason === 'expired' && event.data.cause === listingEventId,
  );
  if (!listed || expired || voided(state, command)) return record([]);
  return record([
    {
      id: derivedEventId(listingEventId, 'expired'),
      causationId: listingEventId,
      type: SUBJECT_DELISTED,
      data: {
        listType: command.listType,
        listingFactEventId: command.listingFactEventId,
        on: command.until,
        reason: 'expired',
        cause: listingEventId,
        basis: { documentNumber: command.basis.documentNumber, clause: command.basis.clause },
        ruleSet: { id: command.ruleSet.id, version: command.ruleSet.version },
      },
    },
  ]);
}

/** A listing revoked void from the start never expires: it never applied. */
function voided(state: SubjectState, { listType, listingFactEventId }: ExpireEntry): boolean {
  return state.listings.some(
    (event) =>
      event.type === SUBJECT_DELISTED &&
      event.data.void &&
      event.data.listType === listType &&
      event.data.listingFactEventId === listingFactEventId,
  );
}

function checkRole(definition: FactDefinition, fact: Readonly<Record<string, unknown>>, state: SubjectState): DomainError | undefined {
  if (definition.effect !== 'appoints-role' && definition.effect !== 'ends-role') return undefined;
  const idNumber = valueAt(fact, 'person.idNumber');
  const role = RELATION_ROLES[fact.role as keyof typeof RELATION_ROLES] ?? String(fact.role);
  const heldSince = state.openRoles.get(roleKey(fact.role, idNumber));
  if (definition.effect === 'appoints-role') {
    if (heldSince) return domainError('role-already-held', 'data.person.idNumber', `${idNumber} has been ${role} since ${heldSince}`);
    const lastEnd = state.endedRoles.get(roleKey(fact.role, idNumber));
    return lastEnd && String(fact.from) < lastEnd
      ? domainError(
          'relation-periods-overlap',
          'data.from',
          `${idNumber} held the role ${role} until ${lastEnd}; a new period cannot start on ${String(fact.from)}`,
        )
      : undefined;
  }
  if (!heldSince) return domainError('role-not-held', 'data.person.idNumber', `${idNumber} does not hold the role ${role}`);
  if (String(fact.to) < heldSince) {
    return domainError('relation-end-before-start', 'data.to', `the end ${String(fact.to)} is before the appointment on ${heldSince}`);
  }
  return undefined;
}

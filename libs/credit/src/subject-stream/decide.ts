import { valueAt } from '#kernel';
import type { FactDefinition } from '../facts/fact-definition.js';
import { RELATION_ROLES } from '../facts/catalogue/registration.facts.js';
import { SUBJECT_KINDS } from '../subjects/subject-kind.js';
import { domainError, type DomainError } from './domain-error.js';
import { factFingerprint } from './evolve.js';
import type { FactEventData, SubjectReference } from './fact-event.js';
import { decisionKey, referredDecisions, roleKey, sourceRecordKey, type SubjectState } from './subject-state.js';

/** Record one credit fact about the subject whose stream this is. Already validated field by field. */
export interface RecordFact {
  readonly definition: FactDefinition;
  readonly department: string;
  readonly sourceRecordId: string;
  readonly subject: SubjectReference;
  readonly fact: Readonly<Record<string, unknown>>;
  readonly flags?: readonly string[];
}

export type Decision =
  | { readonly outcome: 'record'; readonly data: FactEventData }
  | { readonly outcome: 'duplicate'; readonly eventId: string }
  | { readonly outcome: 'rejected'; readonly error: DomainError };

const rejected = (error: DomainError): Decision => ({ outcome: 'rejected', error });

/** decide(command, state) → what to append; pure: the same history and command always decide the same. */
export function decide(command: RecordFact, state: SubjectState): Decision {
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
      domainError('subject-kind-mismatch', 'subject.kind', `${subject.code} is recorded as ${SUBJECT_KINDS[state.kind]}, not ${SUBJECT_KINDS[subject.kind]}`),
    );
  }

  const earlierRecord = state.sourceRecords.get(sourceRecordKey(command.department, command.sourceRecordId));
  if (earlierRecord) {
    return earlierRecord.fingerprint() === fingerprint()
      ? { outcome: 'duplicate', eventId: earlierRecord.eventId }
      : rejected(
          domainError('source-record-conflict', 'sourceRecordId', `${command.sourceRecordId} was already recorded by this department with different content`),
        );
  }

  if (definition.type === 'SubjectRegistered' && state.registration) {
    return state.registration.fingerprint() === fingerprint()
      ? { outcome: 'duplicate', eventId: state.registration.eventId }
      : rejected(domainError('already-registered', 'type', `${subject.code} is already registered with other details`));
  }

  if (definition.decisionKey) {
    const values = definition.decisionKey.map((field) => valueAt(fact, field));
    const same = state.decisions
      .get(decisionKey(definition.type, values))
      ?.find((decision) => decision.department === command.department);
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
        domainError('reference-not-found', field, `no ${definition.refersTo.types.join(' or ')} ${values.join(' ')} is recorded for ${subject.code}`),
      );
    }
    if (earlier.every((decision) => decision.ended)) {
      const sameEnding = earlier.flatMap((decision) => decision.endings).find((ending) => ending.fingerprint() === fingerprint());
      return sameEnding
        ? { outcome: 'duplicate', eventId: sameEnding.eventId }
        : rejected(domainError('reference-ended', field, `${values.join(' ')} has already ended (revoked, deleted or removed)`));
    }
  }

  const roleError = checkRole(definition, fact, state);
  if (roleError) return rejected(roleError);

  return {
    outcome: 'record',
    data: { subject, department: command.department, sourceRecordId: command.sourceRecordId, fact, flags: command.flags },
  };
}

function checkRole(definition: FactDefinition, fact: Readonly<Record<string, unknown>>, state: SubjectState): DomainError | undefined {
  if (definition.type !== 'RoleAppointed' && definition.type !== 'RoleEnded') return undefined;
  const idNumber = valueAt(fact, 'person.idNumber');
  const role = RELATION_ROLES[fact.role as keyof typeof RELATION_ROLES] ?? String(fact.role);
  const heldSince = state.openRoles.get(roleKey(fact.role, idNumber));
  if (definition.type === 'RoleAppointed') {
    if (heldSince) return domainError('role-already-held', 'data.person.idNumber', `${idNumber} has been ${role} since ${heldSince}`);
    const lastEnd = state.endedRoles.get(roleKey(fact.role, idNumber));
    return lastEnd && String(fact.from) < lastEnd
      ? domainError('relation-periods-overlap', 'data.from', `${idNumber} held the role ${role} until ${lastEnd}; a new period cannot start on ${String(fact.from)}`)
      : undefined;
  }
  if (!heldSince) return domainError('role-not-held', 'data.person.idNumber', `${idNumber} does not hold the role ${role}`);
  if (String(fact.to) < heldSince) {
    return domainError('relation-end-before-start', 'data.to', `the end ${String(fact.to)} is before the appointment on ${heldSince}`);
  }
  return undefined;
}

import type { FactContext } from './context.js';
import { dateOf, dayNumber, LAST_FACT_DAY } from './dates.js';
import { officeStart, type Office, type Organisation, type Person } from './subjects.js';

/**
 * An organisation's registration and the persons holding its offices: a legal representative (the
 * operator, as 主要负责人, for an individual business), often an actual controller and a finance manager,
 * sometimes a safety manager; a few change their legal representative during the period.
 */
export function registerOrganisation(context: FactContext, organisation: Organisation): void {
  const { random } = context;
  const { subject } = organisation;
  context.emit('registration', 'SubjectRegistered', dayNumber(organisation.registeredOn), subject, {
    registeredOn: organisation.registeredOn,
    registrationAuthority: organisation.registrationAuthority,
    legalForm: organisation.legalForm,
    address: organisation.address,
  });
  const business = organisation.registeringKind === '91' || organisation.registeringKind === '93';
  const headRole: Office['role'] = organisation.registeringKind === '92' ? 'principal-person' : 'legal-representative';
  const head = appoint(context, organisation, headRole, context.officer());
  if (business && random.chance(0.6))
    appoint(context, organisation, 'actual-controller', random.chance(0.5) ? head.person : otherThan(context, [head.person]));
  if (business && random.chance(0.5))
    appoint(context, organisation, 'finance-manager', random.chance(0.15) ? head.person : otherThan(context, [head.person]));
  if (business && random.chance(0.1)) appoint(context, organisation, 'safety-manager', otherThan(context, [head.person]));
  if (organisation.registeringKind.startsWith('5') && random.chance(0.5))
    appoint(context, organisation, 'principal-person', otherThan(context, [head.person]));

  if (organisation.registeringKind !== '92' && random.chance(0.06)) {
    const change = context.workingDay(Math.max(organisation.activeFrom, dayNumber(head.from) + 30), LAST_FACT_DAY);
    if (change === undefined) return;
    const to = dateOf(change);
    head.to = to;
    context.emit('registration', 'RoleEnded', change, subject, { role: headRole, person: personField(head.person), to });
    const successor = otherThan(
      context,
      organisation.offices.map((o) => o.person),
    );
    const from = officeStart(successor, organisation) > to ? officeStart(successor, organisation) : to;
    appoint(context, organisation, headRole, successor, from);
  }
}

function appoint(
  context: FactContext,
  organisation: Organisation,
  role: Office['role'],
  person: Person,
  from = officeStart(person, organisation),
): Office {
  const office: Office = { role, person, from };
  organisation.offices.push(office);
  context.emit('registration', 'RoleAppointed', dayNumber(from), organisation.subject, { role, person: personField(person), from });
  return office;
}

/** Someone not already among these persons. */
function otherThan(context: FactContext, persons: readonly Person[]): Person {
  for (;;) {
    const candidate = context.officer();
    if (!persons.some((p) => p.idNumber === candidate.idNumber)) return candidate;
  }
}

export function personField(person: Person): { idNumber: string; name: string } {
  return { idNumber: person.idNumber, name: person.name };
}

/** The legal representative (or operator) in office on a day, if any. */
export function headOn(organisation: Organisation, date: string): Person | undefined {
  return organisation.offices.find(
    (o) => (o.role === 'legal-representative' || o.role === 'principal-person') && o.from <= date && (o.to === undefined || o.to > date),
  )?.person;
}

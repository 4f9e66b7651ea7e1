import type { ReachedPerson, SubjectState } from '#credit';

/** The persons a black listing reaches: whoever holds a role in the organisation at that moment. */
export function reachedPersons(state: SubjectState): ReachedPerson[] {
  return [...state.openRoles].map(([key, since]) => {
    const [role, idNumber] = key.split('\u0000');
    return { role, idNumber, since };
  });
}

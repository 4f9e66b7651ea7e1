import {
  OBJECTION_ACCEPTED,
  OBJECTION_ANSWERED,
  OBJECTION_CHECKED,
  OBJECTION_DECIDED,
  OBJECTION_FILED,
  OBJECTION_NOT_ACCEPTED,
  type ObjectionAnsweredData,
  type ObjectionDecidedData,
  type ObjectionEvent,
  type ObjectionFiledData,
  type ObjectionNotAcceptedData,
} from './objection-events.js';

/**
 * Where a case stands. `filed` → `accepted` (or `not-accepted`, closed) → `checked` → `answered` → `decided`
 * (closed). While it is open the record shows "under objection".
 */
export type ObjectionStatus = 'filed' | 'accepted' | 'not-accepted' | 'checked' | 'answered' | 'decided';

/** An objection case as its stream records it; the steps not yet taken are absent. */
export interface Objection extends ObjectionFiledData {
  readonly status: ObjectionStatus;
  readonly acceptedOn?: string;
  readonly notAccepted?: ObjectionNotAcceptedData;
  readonly checkedOn?: string;
  readonly finding?: string;
  readonly answer?: ObjectionAnsweredData;
  readonly decision?: ObjectionDecidedData;
}

/** Undefined: no objection on the stream yet. */
export type ObjectionState = Objection | undefined;

export const isOpen = (objection: Objection): boolean => objection.status !== 'decided' && objection.status !== 'not-accepted';

/** The day the last step was taken: a later step cannot be dated before it. */
export function lastStepOn(objection: Objection): string {
  return (
    objection.decision?.on ??
    objection.answer?.on ??
    objection.checkedOn ??
    objection.notAccepted?.on ??
    objection.acceptedOn ??
    objection.filedOn
  );
}

/** evolve(state, event) → the next state. An event that does not follow (a stream written by hand) leaves the state as it was. */
export function evolveObjection(state: ObjectionState, event: ObjectionEvent): ObjectionState {
  if (event.type === OBJECTION_FILED) return state ?? { ...event.data, status: 'filed' };
  if (!state) return state;
  switch (event.type) {
    case OBJECTION_ACCEPTED:
      return { ...state, status: 'accepted', acceptedOn: event.data.on };
    case OBJECTION_NOT_ACCEPTED:
      return { ...state, status: 'not-accepted', notAccepted: event.data };
    case OBJECTION_CHECKED:
      return { ...state, status: 'checked', checkedOn: event.data.on, finding: event.data.finding };
    case OBJECTION_ANSWERED:
      return { ...state, status: 'answered', answer: event.data };
    case OBJECTION_DECIDED:
      return { ...state, status: 'decided', decision: event.data };
  }
}

export function foldObjection(events: readonly ObjectionEvent[]): ObjectionState {
  return events.reduce<ObjectionState>(evolveObjection, undefined);
}

/** Who recorded an event, on whose behalf and in answer to what: carried by every event. */
export interface EventMetadata {
  /** Ties together everything done for one incoming request or batch. */
  readonly correlationId: string;
  /** The event or command id that directly caused this event. */
  readonly causationId?: string;
  /** The department (or system component) that recorded the fact. */
  readonly department?: string;
  /** The API key, user or process acting for that department. */
  readonly actor?: string;
  readonly [extra: string]: unknown;
}

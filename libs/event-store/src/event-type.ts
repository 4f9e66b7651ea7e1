/**
 * Stored event type names are explicit, never class names: `<context>.<EventName>.v<schema version>`,
 * for example `credit.PenaltyDecided.v1`.
 */
const STORED_TYPE = /^([a-z][a-z0-9-]*(?:\.[A-Za-z][A-Za-z0-9]*)+)\.v([1-9][0-9]*)$/;

export interface EventTypeName {
  readonly name: string;
  readonly schemaVersion: number;
}

export function parseEventType(type: string): EventTypeName | undefined {
  const match = STORED_TYPE.exec(type);
  return match ? { name: match[1], schemaVersion: Number(match[2]) } : undefined;
}

export function eventType(name: string, schemaVersion: number): string {
  const type = `${name}.v${schemaVersion}`;
  if (!parseEventType(type)) throw new TypeError(`"${type}" is not a valid stored event type name`);
  return type;
}

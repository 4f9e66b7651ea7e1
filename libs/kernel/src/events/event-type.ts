/**
 * Stored event type names are explicit, never class names: `<context>.<EventName>.v<schema version>`,
 * for example `credit.PenaltyDecided.v1`. Every stream names its events with {@link eventType}, so the
 * name is checked once, where it is declared, and its literal type is what the stream's union says.
 */
export type StoredEventType<
  Context extends string = string,
  Name extends string = string,
  Version extends number = number,
> = `${Context}.${Name}.v${Version}`;

const STORED_TYPE = /^([a-z][a-z0-9-]*(?:\.[A-Za-z][A-Za-z0-9]*)+)\.v([1-9][0-9]*)$/;

export interface EventTypeName {
  readonly name: string;
  readonly schemaVersion: number;
}

export function parseEventType(type: string): EventTypeName | undefined {
  const match = STORED_TYPE.exec(type);
  return match ? { name: match[1], schemaVersion: Number(match[2]) } : undefined;
}

export function eventType<const Context extends string, const Name extends string, const Version extends number>(
  context: Context,
  name: Name,
  version: Version,
): StoredEventType<Context, Name, Version> {
  const type: StoredEventType<Context, Name, Version> = `${context}.${name}.v${version}`;
  if (!parseEventType(type)) throw new TypeError(`"${type}" is not a valid stored event type name`);
  return type;
}

import { eventType, type StoredEventType } from '#kernel';
import { FACT_DEFINITIONS } from './catalogue/index.js';
import type { FactDefinition, RecorderRole } from './fact-definition.js';

const EVENT_CONTEXT = 'credit' as const;

/** The fact types departments can record, looked up by name or by stored event type. */
export class FactCatalogue {
  private readonly byType = new Map<string, FactDefinition>();
  private readonly byEventType = new Map<string, FactDefinition>();

  constructor(readonly definitions: readonly FactDefinition[] = FACT_DEFINITIONS) {
    for (const definition of definitions) {
      if (this.byType.has(definition.type)) throw new Error(`fact type ${definition.type} defined twice`);
      this.byType.set(definition.type, definition);
      this.byEventType.set(factEventType(definition), definition);
    }
  }

  get(type: string): FactDefinition | undefined {
    return this.byType.get(type);
  }

  forEventType(type: string): FactDefinition | undefined {
    return this.byEventType.get(type);
  }

  /** The stored type of the events of fact type `name`, under its catalogue version. */
  eventTypeOf<const Name extends string>(name: Name): StoredEventType<'credit', Name> | undefined {
    const definition = this.byType.get(name);
    return definition && eventType(EVENT_CONTEXT, name, definition.version);
  }

  /** The fact types a department with these roles may record. */
  recordableBy(roles: readonly RecorderRole[]): FactDefinition[] {
    return this.definitions.filter((definition) => definition.recordedBy.some((role) => roles.includes(role)));
  }

  types(): string[] {
    return [...this.byType.keys()];
  }
}

export function factEventType(definition: Pick<FactDefinition, 'type' | 'version'>): StoredEventType<'credit'> {
  return eventType(EVENT_CONTEXT, definition.type, definition.version);
}

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

  forEventType(eventType: string): FactDefinition | undefined {
    return this.byEventType.get(eventType);
  }

  /** The fact types a department with these roles may record. */
  recordableBy(roles: readonly RecorderRole[]): FactDefinition[] {
    return this.definitions.filter((definition) => definition.recordedBy.some((role) => roles.includes(role)));
  }

  types(): string[] {
    return [...this.byType.keys()];
  }
}

/** The stored type name of a fact's events: `credit.<FactType>.v<version>`. */
export type FactEventType = `credit.${string}.v${number}`;

export function factEventType(definition: Pick<FactDefinition, 'type' | 'version'>): FactEventType {
  return `${EVENT_CONTEXT}.${definition.type}.v${definition.version}`;
}

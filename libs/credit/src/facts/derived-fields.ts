import type { FactDefinition } from './fact-definition.js';
import type { FieldSpec } from './field-spec.js';

/** The fact with its derived fields computed from the others (an old stored fact gains them when read). */
export function withDerivedFields(
  definition: Pick<FactDefinition, 'derived'>,
  fact: Readonly<Record<string, unknown>>,
): Readonly<Record<string, unknown>> {
  if (!definition.derived) return fact;
  const derived: Record<string, unknown> = {};
  for (const [name, field] of Object.entries(definition.derived)) derived[name] = field.compute(fact);
  return { ...fact, ...derived };
}

/** The fields rules may read: those recorded and those derived. */
export function readableFields(definition: Pick<FactDefinition, 'fields' | 'derived'>): Readonly<Record<string, FieldSpec>> {
  if (!definition.derived) return definition.fields;
  return { ...definition.fields, ...Object.fromEntries(Object.entries(definition.derived).map(([name, field]) => [name, field.spec])) };
}

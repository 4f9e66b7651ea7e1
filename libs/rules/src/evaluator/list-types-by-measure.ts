import { DEPARTMENT_REGISTRY } from '../departments/departments.js';
import type { MeasureDocument } from '../rule-set/rule-set.schema.js';
import type { CompiledRuleSet } from './compiled-rule-set.js';

export interface MeasureSelection {
  /** A department by registry id, name, alias or former name: only measures it implements (never advisory ones), as `department=` selects them. */
  readonly department?: string;
  /** Only measures applied in one of these scenarios. */
  readonly scenarios?: readonly string[];
}

/**
 * The list types having a measure that `selection` selects: what a department subscribed to "its own measures" or
 * to scenarios is told about when an entry of that list type starts or ends.
 */
export function listTypesWithMeasures(rules: CompiledRuleSet, selection: MeasureSelection): ReadonlySet<string> {
  const listTypes = new Set<string>();
  for (const [listType, measures] of rules.measuresByListType) {
    const selected = measures.some(({ document: measure }) => {
      if (selection.scenarios && !measure.scenarios.some((scenario) => selection.scenarios!.includes(scenario))) return false;
      return selection.department === undefined || implementedBy(measure, selection.department);
    });
    if (selected) listTypes.add(listType);
  }
  return listTypes;
}

/** The ids of the measures a department implements (by registry id, name, alias or former name), as `department=` selects them. */
export function measuresImplementedBy(rules: CompiledRuleSet, department: string): ReadonlySet<string> {
  const ids = new Set<string>();
  for (const measures of rules.measuresByListType.values())
    for (const { document: measure } of measures) if (implementedBy(measure, department)) ids.add(measure.id);
  return ids;
}

/** Whether the department implements the measure: an advisory measure is no department's obligation. */
export function implementedBy(measure: Pick<MeasureDocument, 'advisory' | 'departments'>, department: string): boolean {
  return !measure.advisory && DEPARTMENT_REGISTRY.implements(measure.departments, department);
}

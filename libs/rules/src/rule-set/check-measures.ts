import type { Problem } from '#kernel';
import { DEPARTMENT_REGISTRY } from '../departments/departments.js';
import type { DepartmentRegistry } from '../departments/department-registry.js';
import type { MeasureDocument } from './rule-set.schema.js';
import { CATEGORY_ONE_LEVELS } from './vocabulary.js';

/**
 * A measure's legal footing (国办发〔2020〕49号, 全国失信惩戒措施基础清单): it stands on a basic-list item or on
 * its own statute; a category-1 item (减损权益或增加义务) needs a law or administrative regulation; a category-3
 * item is advisory; its implementing departments are registry departments, never a placeholder.
 */
export function checkMeasureBasis(measures: readonly MeasureDocument[], registry: DepartmentRegistry = DEPARTMENT_REGISTRY): Problem[] {
  const problems: Problem[] = [];
  measures.forEach((measure, i) => {
    const at = `measures[${i}]`;
    const problem = (path: string, reason: string) => problems.push({ path: `${at}${path}`, reason });
    const { basicList, statute } = measure;
    if (!basicList && !statute)
      problem(
        '',
        `${measure.id} has neither basicList nor statute: a measure must stand on the 全国失信惩戒措施基础清单 or on its own statute (国办发〔2020〕49号)`,
      );
    if (basicList?.category === 1 && !statute)
      problem('.statute', `${measure.id} is a category-1 measure (减损权益或增加义务): it needs a 法律 or 行政法规 as statute`);
    if (basicList?.category === 1 && statute && !CATEGORY_ONE_LEVELS.includes(statute.level))
      problem(
        '.statute.level',
        `${measure.id} is a category-1 measure (减损权益或增加义务) resting on a ${statute.level}; only a ${CATEGORY_ONE_LEVELS.join(' or ')} may set one`,
      );
    if (basicList && basicList.item === undefined && !basicList.inferred)
      problem('.basicList', 'without item, say in inferred why the item could not be read');
    if (basicList?.category === 3 && measure.advisory !== true)
      problem(
        '.advisory',
        `${measure.id} is a category-3 measure (taken by bodies outside public administration): it must be advisory: true`,
      );
    if (measure.advisory && basicList?.category !== 3)
      problem('.advisory', `${measure.id} is advisory: only a category-3 measure of the basic list is advisory`);
    if (measure.kind === 'incentive' && basicList)
      problem('.basicList', 'the basic list holds punishment measures only; an incentive rests on its own statute');
    measure.departments.forEach((id, j) => {
      const department = registry.byRegistryId(id);
      if (!department) {
        const named = registry.resolve(id);
        problem(
          `.departments[${j}]`,
          named
            ? `${id} is a name of registry department ${named.id}: name departments by registry id`
            : `${id} is not a registry department (libs/rules/src/departments/departments.ts); name the real departments, never a placeholder`,
        );
      } else if (department.level !== 'national')
        problem(`.departments[${j}]`, `${id} is a local department: a measure names national departments`);
    });
  });
  return problems;
}

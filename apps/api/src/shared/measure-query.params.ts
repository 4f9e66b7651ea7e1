import { Inject, Injectable } from '@nestjs/common';
import { isValidLocalDate, todayInShanghai, type Clock, type LocalDate, type Problem } from '#kernel';
import { DEPARTMENT_REGISTRY, SCENARIOS, type MeasureQuery, type Scenario } from '#rules';
import { CLOCK } from './storage.tokens.js';
import { invalidQuery } from './problems/invalid-query.js';

export interface MeasureQueryInput {
  readonly asOf?: string;
  readonly scenario?: string;
  readonly department?: string;
}

/**
 * Checks asOf / scenario / department against the calendar, the scenarios and the department registry
 * (id, name, alias or former name); asOf defaults to today in Asia/Shanghai.
 */
@Injectable()
export class MeasureQueryParams {
  constructor(@Inject(CLOCK) private readonly clock: Clock) {}

  parse(input: MeasureQueryInput, at = ''): MeasureQuery {
    const errors = this.problems(input, at);
    if (errors.length) throw invalidQuery(errors);
    return {
      asOf: (input.asOf ?? this.today()) as LocalDate,
      scenario: input.scenario as Scenario | undefined,
      department: input.department,
    };
  }

  problems({ asOf, scenario, department }: MeasureQueryInput, at = ''): Problem[] {
    const errors: Problem[] = [];
    if (asOf !== undefined && !isValidLocalDate(asOf)) errors.push({ path: `${at}asOf`, reason: 'must be a real date YYYY-MM-DD' });
    if (scenario !== undefined && !Object.hasOwn(SCENARIOS, scenario)) {
      errors.push({ path: `${at}scenario`, reason: `must be one of ${Object.keys(SCENARIOS).join(', ')}` });
    }
    if (department !== undefined && !DEPARTMENT_REGISTRY.resolve(department)) {
      errors.push({
        path: `${at}department`,
        reason: `is not a department of the registry (an id, name or former name, e.g. mof, 财政部, 安康市财政局; one of ${DEPARTMENT_REGISTRY.departments.map((d) => d.name).join('、')})`,
      });
    }
    return errors;
  }

  today(): LocalDate {
    return todayInShanghai(this.clock.now());
  }
}

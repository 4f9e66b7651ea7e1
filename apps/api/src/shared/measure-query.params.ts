import { Inject, Injectable } from '@nestjs/common';
import { isValidLocalDate, todayInShanghai, type Clock, type LocalDate, type Problem } from '#kernel';
import { SCENARIOS, type CompiledRuleSet, type MeasureQuery, type Scenario } from '#rules';
import { CLOCK, RULES } from './storage.tokens.js';
import { invalidQuery } from './problems/invalid-query.js';

export interface MeasureQueryInput {
  readonly asOf?: string;
  readonly scenario?: string;
  readonly department?: string;
}

/** Checks asOf / scenario / department against the calendar and the active rule set; asOf defaults to today in Asia/Shanghai. */
@Injectable()
export class MeasureQueryParams {
  private readonly departments: ReadonlySet<string>;

  constructor(
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(RULES) rules: CompiledRuleSet,
  ) {
    this.departments = new Set(rules.document.measures.flatMap((m) => m.departments));
  }

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
    if (department !== undefined && !this.departments.has(department)) {
      errors.push({
        path: `${at}department`,
        reason: `is not an implementing department of the active rule set (one of ${[...this.departments].join('、')})`,
      });
    }
    return errors;
  }

  today(): LocalDate {
    return todayInShanghai(this.clock.now());
  }
}

import { randomUUID } from 'node:crypto';
import { Inject, InternalServerErrorException } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { formatProblem, type Clock } from '#kernel';
import type { EventStore } from '#event-store';
import { executeCheckCommand } from '#ingestion';
import { MEASURE_PROJECTIONS, MeasureLists } from '../../shared/measure-lists.js';
import { ReadYourWrites } from '../../shared/read-your-writes.js';
import { CLOCK, EVENT_STORE } from '../../shared/storage.tokens.js';
import { answeredSubjects } from './check-of-record.js';
import { CheckSubjectsCommand, type SubjectChecks } from './check-subjects.command.js';

@CommandHandler(CheckSubjectsCommand)
export class CheckSubjectsHandler implements ICommandHandler<CheckSubjectsCommand> {
  constructor(
    private readonly measureLists: MeasureLists,
    private readonly readYourWrites: ReadYourWrites,
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute({ subjects, query, after, caller, matter }: CheckSubjectsCommand): Promise<SubjectChecks> {
    await this.readYourWrites.waitFor(after, MEASURE_PROJECTIONS);
    const unique = [...new Set(subjects)];
    const answers = await this.measureLists.of(unique, query, { exact: after !== undefined });
    const checkId = randomUUID();
    const actor = `api-key:${caller.keyId}`;
    const recorded = await executeCheckCommand(
      this.store,
      checkId,
      {
        kind: 'perform',
        check: {
          checkId,
          department: caller.department.id,
          actor,
          performedAt: this.clock.now().toISOString(),
          asOf: query.asOf,
          filters: {
            ...(query.scenario ? { scenario: query.scenario } : {}),
            ...(query.department ? { department: query.department } : {}),
          },
          ...(matter ? { matter } : {}),
          ruleSet: answers[0].ruleSet,
          subjects: unique,
          answered: answeredSubjects(answers),
        },
      },
      { actor, department: caller.department.id },
    );
    // The controller checked the matter; a refusal here is a fault, not the caller's.
    if (!recorded.ok) throw new InternalServerErrorException(recorded.refusal.problems.map(formatProblem).join('; '));
    const bySubject = new Map(answers.map((a) => [a.subject, a]));
    return { checkId, asOf: query.asOf, results: subjects.map((code) => bySubject.get(code)!) };
  }
}

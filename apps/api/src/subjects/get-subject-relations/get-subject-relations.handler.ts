import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { PERSON_ROLES } from '#credit';
import { RelationsReader } from '#read-model';
import { ReadYourWrites } from '../../shared/read-your-writes.js';
import { SubjectRelationsQuery, type SubjectRelations } from './get-subject-relations.query.js';

@QueryHandler(SubjectRelationsQuery)
export class SubjectRelationsHandler implements IQueryHandler<SubjectRelationsQuery> {
  constructor(
    private readonly relations: RelationsReader,
    private readonly readYourWrites: ReadYourWrites,
  ) {}

  async execute({ subject, after }: SubjectRelationsQuery): Promise<SubjectRelations> {
    await this.readYourWrites.waitFor(after, ['relations']);
    const relations = await this.relations.of(subject);
    return {
      subject,
      relations: relations.map((r) => ({
        role: r.role,
        roleLabel: Object.hasOwn(PERSON_ROLES, r.role) ? PERSON_ROLES[r.role as keyof typeof PERSON_ROLES] : undefined,
        person: { code: r.person, name: r.personName },
        organization: { code: r.organization, name: r.organizationName },
        from: r.from,
        ...(r.to ? { to: r.to } : {}),
      })),
    };
  }
}

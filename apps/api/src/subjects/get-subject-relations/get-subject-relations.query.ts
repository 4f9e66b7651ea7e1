import { Query } from '@nestjs/cqrs';

/** One side of a role: the person who holds it or the organisation it is held in. */
export interface RelatedParty {
  readonly code: string;
  readonly name: string;
}

export interface SubjectRelation {
  readonly role: string;
  /** The role in Chinese (法定代表人 …). */
  readonly roleLabel?: string;
  readonly person: RelatedParty;
  readonly organization: RelatedParty;
  /** The period of office: from `from`; `to` absent while the person holds it. */
  readonly from: string;
  readonly to?: string;
}

export interface SubjectRelations {
  readonly subject: string;
  /** For an organisation the persons who hold or held a role in it; for a person the organisations they hold or held roles in. */
  readonly relations: readonly SubjectRelation[];
}

/** The roles that relate a subject to others; with `after`, once the relations read model has applied that position. */
export class SubjectRelationsQuery extends Query<SubjectRelations> {
  constructor(
    readonly subject: string,
    readonly after: string | undefined,
  ) {
    super();
  }
}

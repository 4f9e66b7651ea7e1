import { Query } from '@nestjs/cqrs';
import type { PublicRecord, UnderObjection } from '#read-model';

export interface PublicDisclosure {
  /** A 身份证号 is shown masked: first 6 and last 4 characters. */
  readonly subject: string;
  readonly asOf: string;
  /** A record under objection says so (异议处理中) until the objection is decided. */
  readonly records: (Omit<PublicRecord, 'factEventId'> & { readonly underObjection?: UnderObjection })[];
}

/** What is published about a subject today; with `after`, once the public-disclosure read model has applied that position. */
export class PublicDisclosureQuery extends Query<PublicDisclosure> {
  constructor(
    readonly subject: string,
    readonly after: string | undefined,
  ) {
    super();
  }
}

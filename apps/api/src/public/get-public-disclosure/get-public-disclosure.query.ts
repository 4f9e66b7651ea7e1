import { Query } from '@nestjs/cqrs';
import type { PublicRecord } from '#read-model';

export interface PublicDisclosure {
  /** A 身份证号 is shown masked: first 6 and last 4 characters. */
  readonly subject: string;
  readonly asOf: string;
  readonly records: PublicRecord[];
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

import { Query } from '@nestjs/cqrs';
import type { ObjectionView } from '../objection-view.js';
import type { ListObjectionsSelection } from './list-objections.params.js';

export interface ObjectionQueue {
  readonly asOf: string;
  readonly objections: readonly ObjectionView[];
}

/** The objection queue with each case's time limits seen today; with `after`, once the read model has applied it. */
export class ListObjectionsQuery extends Query<ObjectionQueue> {
  constructor(readonly selection: ListObjectionsSelection) {
    super();
  }
}

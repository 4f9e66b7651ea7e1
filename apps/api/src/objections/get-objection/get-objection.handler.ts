import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import type { Objection } from '#credit';
import { ObjectionsReader } from '#read-model';
import { ReadYourWrites } from '../../shared/read-your-writes.js';
import { GetObjectionQuery } from './get-objection.query.js';

@QueryHandler(GetObjectionQuery)
export class GetObjectionHandler implements IQueryHandler<GetObjectionQuery> {
  constructor(
    private readonly objections: ObjectionsReader,
    private readonly readYourWrites: ReadYourWrites,
  ) {}

  async execute({ objectionId, after }: GetObjectionQuery): Promise<Objection | undefined> {
    await this.readYourWrites.waitFor(after, ['objections']);
    return this.objections.get(objectionId);
  }
}

import { Inject } from '@nestjs/common';
import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import type { EventStore } from '#event-store';
import { recordedDepartments } from '#ingestion';
import { EVENT_STORE } from '../../shared/storage.tokens.js';
import { ListDepartmentsQuery, type DepartmentView } from './list-departments.query.js';

@QueryHandler(ListDepartmentsQuery)
export class ListDepartmentsHandler implements IQueryHandler<ListDepartmentsQuery> {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  async execute(): Promise<{ departments: DepartmentView[] }> {
    const { state } = await recordedDepartments(this.store);
    return {
      departments: [...state.departments.values()].map((d) => ({
        id: d.id,
        name: d.name,
        roles: d.roles,
        keys: d.keys.map((k) => ({ id: k.id, createdAt: k.createdAt, ...(k.revokedAt ? { revokedAt: k.revokedAt } : {}) })),
      })),
    };
  }
}

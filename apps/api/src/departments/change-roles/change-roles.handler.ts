import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { DEPARTMENT_ROLES_CHANGED, type DepartmentDirectory, type DepartmentEvent, type DepartmentRolesChanged } from '#credit';
import type { EventStore } from '#event-store';
import { DEPARTMENTS, EVENT_STORE } from '../../shared/storage.tokens.js';
import { executeForCaller } from '../execute-for-caller.js';
import { ChangeRolesCommand, type ChangeRolesOutcome } from './change-roles.command.js';

@CommandHandler(ChangeRolesCommand)
export class ChangeRolesHandler implements ICommandHandler<ChangeRolesCommand> {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(DEPARTMENTS) private readonly directory: DepartmentDirectory,
  ) {}

  async execute({ departmentId: id, roles, caller }: ChangeRolesCommand): Promise<ChangeRolesOutcome> {
    // The decider checks the roles as they come (not a list, empty, unknown: 422 naming `roles` or `roles[i]`).
    const result = await executeForCaller(this.store, this.directory, { kind: 'set-roles', id, roles: roles as string[] }, caller);
    if (!result.ok) return result;
    const previousRoles = result.state.departments.get(id)!.roles;
    const changed = result.events.find(isRolesChange);
    return { ok: true, changed: { departmentId: id, roles: changed?.data.roles ?? previousRoles, previousRoles } };
  }
}

const isRolesChange = (event: DepartmentEvent): event is DepartmentRolesChanged => event.type === DEPARTMENT_ROLES_CHANGED;

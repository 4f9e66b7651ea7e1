import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { DEPARTMENT_REGISTERED, newApiKey, type DepartmentDirectory, type DepartmentEvent, type DepartmentRegistered } from '#credit';
import type { EventStore } from '#event-store';
import { DEPARTMENTS, EVENT_STORE } from '../../shared/storage.tokens.js';
import { executeForCaller } from '../execute-for-caller.js';
import { RegisterDepartmentCommand, type RegisterDepartmentOutcome } from './register-department.command.js';

@CommandHandler(RegisterDepartmentCommand)
export class RegisterDepartmentHandler implements ICommandHandler<RegisterDepartmentCommand> {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(DEPARTMENTS) private readonly directory: DepartmentDirectory,
  ) {}

  async execute({ id, name, roles, caller }: RegisterDepartmentCommand): Promise<RegisterDepartmentOutcome> {
    const { key, record } = newApiKey();
    // The decider checks each field as it comes: an id that is no string is "not a department id", and so on.
    const command = { kind: 'register', id: id as string, name: name as string, roles: roles as string[], key: record } as const;
    const result = await executeForCaller(this.store, this.directory, command, caller);
    if (!result.ok) return result;
    const { departmentId, name: recordedName, roles: recordedRoles } = result.events.find(isRegistration)!.data;
    return {
      ok: true,
      registered: {
        id: departmentId,
        name: recordedName,
        roles: recordedRoles,
        firstKey: { departmentId, keyId: record.id, createdAt: record.createdAt, key },
      },
    };
  }
}

const isRegistration = (event: DepartmentEvent): event is DepartmentRegistered => event.type === DEPARTMENT_REGISTERED;

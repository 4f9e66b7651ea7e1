import { Controller, Delete, Get, Inject, Param, Post, UseGuards } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiSecurity, ApiTags } from '@nestjs/swagger';
import { newApiKey, type Caller, type DepartmentCommand } from '#credit';
import type { EventStore } from '#event-store';
import { executeDepartmentCommand, recordedDepartments, type DepartmentActor } from '#ingestion';
import { ApiKeyGuard } from '../auth/api-key.guard.js';
import { CreditOfficeGuard } from '../auth/credit-office.guard.js';
import { CurrentCaller } from '../auth/current-caller.decorator.js';
import { ApiProblems } from '../problems/api-problems.decorator.js';
import { EVENT_STORE } from '../storage/storage.tokens.js';
import { departmentProblem } from './department-problem.js';

/**
 * The credit office administers departments' keys while the api runs (in embedded mode the CLI cannot
 * open the data directory then). Every change is an event on the departments stream naming the caller.
 */
@ApiTags('departments')
@ApiSecurity('apiKey')
@Controller('v1/departments')
@UseGuards(ApiKeyGuard, CreditOfficeGuard)
export class DepartmentsController {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  @Get()
  @ApiOperation({ summary: 'Departments with their roles and key ids (never hashes or secrets) (credit office only)' })
  @ApiOkResponse({ description: 'Every department', schema: { $ref: '#/components/schemas/Departments' } })
  @ApiProblems(401, 403)
  async list() {
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

  @Post(':id/keys')
  @ApiOperation({ summary: 'Issue another API key to a department; the key is in this answer only (credit office only)' })
  @ApiCreatedResponse({ description: 'The new key', schema: { $ref: '#/components/schemas/IssuedKey' } })
  @ApiProblems(401, 403, 404, 422)
  async issueKey(@Param('id') id: string, @CurrentCaller() caller: Caller) {
    const { key, record } = newApiKey();
    await this.execute({ kind: 'issue-key', id, key: record }, caller);
    return { departmentId: id, keyId: record.id, createdAt: record.createdAt, key };
  }

  @Delete(':id/keys/:keyId')
  @ApiOperation({ summary: 'Revoke a key: every running api refuses it within seconds (credit office only)' })
  @ApiOkResponse({ description: 'The key is revoked (again: the first revocation’s time)', schema: { $ref: '#/components/schemas/RevokedKey' } })
  @ApiProblems(401, 403, 404, 422)
  async revokeKey(@Param('id') id: string, @Param('keyId') keyId: string, @CurrentCaller() caller: Caller) {
    const revokedAt = new Date().toISOString();
    const state = await this.execute({ kind: 'revoke-key', id, keyId, at: revokedAt }, caller);
    const earlier = state.departments.get(id)?.keys.find((k) => k.id === keyId)?.revokedAt;
    return { departmentId: id, keyId, revokedAt: earlier ?? revokedAt };
  }

  private async execute(command: DepartmentCommand, caller: Caller) {
    const by: DepartmentActor = { actor: `api-key:${caller.keyId}`, department: caller.department.id };
    const result = await executeDepartmentCommand(this.store, command, by);
    if (!result.ok) throw departmentProblem(result.error);
    return result.state;
  }
}

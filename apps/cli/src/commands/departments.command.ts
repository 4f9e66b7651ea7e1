import os from 'node:os';
import {
  API_KEY_ISSUED,
  API_KEY_REVOKED,
  DEPARTMENT_REGISTERED,
  DEPARTMENT_ROLES_CHANGED,
  departmentIdProblem,
  newApiKey,
  RECORDER_ROLES,
  type Department,
  type DepartmentCommand,
  type DepartmentEvent,
} from '#credit';
import { executeDepartmentCommand, importDepartments, recordedDepartments, type DepartmentActor } from '#ingestion';
import {
  DataDirLockedError,
  importDepartmentsFileAtStart,
  openStorage,
  readDepartments,
  type JiangchengConfig,
  type Storage,
} from '#runtime';
import { option } from './options.js';

export const DEPARTMENTS_USAGE = `  departments list
  departments add <id> --name <名称> --roles <role,role…>   register a department; prints its first API key once
  departments add-key <id>                                  another API key for a department; printed once
  departments set-roles <id> --roles <role,role…>           change what a department may record
  departments revoke-key <key id>                           running apis refuse the key within seconds
  departments import <departments.json>                     record a departments file's departments and keys (once; safe to repeat)
      roles: ${Object.entries(RECORDER_ROLES)
        .map(([role, label]) => `${role} (${label})`)
        .join(', ')}`;

/** Running apis follow the departments stream: a change made here takes effect within seconds, without a restart. */
const TAKES_EFFECT = 'running apis apply it within a few seconds; no restart needed';

/** Departments, roles and keys are events on the departments stream; a key's secret is shown once and only its hash is recorded. */
export async function departmentsCommand(config: JiangchengConfig, args: string[]): Promise<number> {
  const [action, ...rest] = args;
  const command = parse(action, rest);
  if (command === 'usage') return usage();
  // The same rule the decider and the api apply, checked before the storage is opened.
  const idProblem =
    typeof command === 'object' && command.kind === 'command' && 'id' in command.command
      ? departmentIdProblem(command.command.id)
      : undefined;
  if (idProblem) {
    console.error(`jiangcheng: ${idProblem}`);
    return 2;
  }
  let storage: Storage;
  try {
    storage = await openStorage(config);
  } catch (error) {
    if (!(error instanceof DataDirLockedError)) throw error;
    console.error(
      `jiangcheng: the api (process ${error.holderPid}) holds the data directory ${error.dataDir}, so the CLI cannot open it. ` +
        `Either stop the api, run this command and start the api again, or leave it running and use its credit-office endpoints ` +
        `(GET /v1/departments, POST /v1/departments/{id}/keys, DELETE /v1/departments/{id}/keys/{keyId}, with a credit-office API key).`,
    );
    return 2;
  }
  try {
    await importDepartmentsFileAtStart(storage.eventStore, config);
    const by: DepartmentActor = { actor: `cli:${os.userInfo().username}` };
    if (command === 'list') return await list(storage);
    if (command.kind === 'file') return await importFile(storage, command.file, by);
    const result = await executeDepartmentCommand(storage.eventStore, command.command, by);
    if (!result.ok) {
      console.error(`jiangcheng: ${result.error.reason}`);
      return 2;
    }
    report(result.events, command.secret);
    return 0;
  } finally {
    await storage.close();
  }
}

type Parsed = 'usage' | 'list' | { kind: 'file'; file: string } | { kind: 'command'; command: DepartmentCommand; secret?: string };

function parse(action: string | undefined, rest: string[]): Parsed {
  const [target] = rest;
  const roles = () =>
    option(rest, '--roles')
      ?.split(',')
      .map((role) => role.trim())
      .filter(Boolean) ?? [];
  const key = () => newApiKey();
  switch (action) {
    case 'list':
      return 'list';
    case 'import':
      return target ? { kind: 'file', file: target } : 'usage';
    case 'add': {
      if (!target) return 'usage';
      const { key: secret, record } = key();
      return {
        kind: 'command',
        command: { kind: 'register', id: target, name: option(rest, '--name') ?? '', roles: roles(), key: record },
        secret,
      };
    }
    case 'add-key': {
      if (!target) return 'usage';
      const { key: secret, record } = key();
      return { kind: 'command', command: { kind: 'issue-key', id: target, key: record }, secret };
    }
    case 'set-roles':
      return target ? { kind: 'command', command: { kind: 'set-roles', id: target, roles: roles() } } : 'usage';
    case 'revoke-key':
      return target ? { kind: 'command', command: { kind: 'revoke-key', keyId: target, at: new Date().toISOString() } } : 'usage';
    default:
      return 'usage';
  }
}

async function list(storage: Storage): Promise<number> {
  const { state, skipped } = await recordedDepartments(storage.eventStore);
  for (const d of state.departments.values()) {
    const keys = d.keys.map((k) => `${k.id}${k.revokedAt ? ' (revoked)' : ''}`).join(', ');
    console.log(`${d.id}\t${d.name}\troles: ${d.roles.join(',')}\tkeys: ${keys || '-'}`);
  }
  for (const s of skipped) console.error(`skipped a malformed event at revision ${s.revision} (${s.type}): ${s.problem}`);
  return 0;
}

async function importFile(storage: Storage, file: string, by: DepartmentActor): Promise<number> {
  const departments: Department[] = readDepartments(file);
  const results = await importDepartments(storage.eventStore, departments, { actor: `${by.actor} (import ${file})` });
  for (const result of results) {
    if (result.error) console.error(`${result.department}: refused: ${result.error.reason}`);
    else if (result.events.length === 0) console.log(`${result.department}: already recorded, nothing changed`);
    else report(result.events);
  }
  return results.some((r) => r.error) ? 2 : 0;
}

function report(events: readonly DepartmentEvent[], secret?: string): void {
  if (events.length === 0) console.log('nothing to change: the directory already says so');
  for (const event of events) {
    if (event.type === DEPARTMENT_REGISTERED)
      console.log(`department ${event.data.departmentId} registered: ${event.data.name}, roles ${event.data.roles.join(',')}`);
    if (event.type === DEPARTMENT_ROLES_CHANGED)
      console.log(`department ${event.data.departmentId}: roles ${event.data.previousRoles.join(',')} → ${event.data.roles.join(',')}`);
    if (event.type === API_KEY_ISSUED) console.log(`department ${event.data.departmentId}: API key ${event.data.keyId} issued`);
    if (event.type === API_KEY_REVOKED) console.log(`department ${event.data.departmentId}: API key ${event.data.keyId} revoked`);
  }
  if (secret) console.log(`the new API key (shown once, store it now):\n${secret}`);
  if (events.length) console.error(TAKES_EFFECT);
}

function usage(): number {
  console.error(`usage:\n${DEPARTMENTS_USAGE}`);
  return 1;
}

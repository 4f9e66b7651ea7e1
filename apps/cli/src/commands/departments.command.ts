import { newApiKey, RECORDER_ROLES, type Department, type RecorderRole } from '#credit';
import { readDepartments, writeDepartments, type JiangchengConfig } from '#runtime';
import { option } from './options.js';

export const DEPARTMENTS_USAGE = `  departments list
  departments add <id> --name <名称> --roles <role,role…>   add a department (or a key to one) and print its new API key once
  departments revoke-key <key id>
      roles: ${Object.entries(RECORDER_ROLES).map(([role, label]) => `${role} (${label})`).join(', ')}`;

/** Edits the departments file; the api reads it at start. Keys are shown once and stored hashed. */
export function departmentsCommand(config: JiangchengConfig, args: string[]): number {
  const [action, ...rest] = args;
  const departments = readDepartments(config.departmentsFile);
  if (action === 'list') {
    for (const d of departments) {
      const keys = d.keys.map((k) => `${k.id}${k.revokedAt ? ' (revoked)' : ''}`).join(', ');
      console.log(`${d.id}\t${d.name}\troles: ${d.roles.join(',')}\tkeys: ${keys || '-'}`);
    }
    return 0;
  }
  if (action === 'add') {
    const id = rest[0];
    const name = option(rest, '--name');
    const roles = option(rest, '--roles')?.split(',').map((r) => r.trim()) as RecorderRole[] | undefined;
    const unknown = roles?.filter((role) => !(role in RECORDER_ROLES)) ?? [];
    const existing = departments.find((d) => d.id === id);
    if (!id || (!existing && (!name || !roles?.length)) || unknown.length) {
      console.error(unknown.length ? `unknown roles: ${unknown.join(', ')}` : `usage:\n${DEPARTMENTS_USAGE}`);
      return 1;
    }
    const { key, record } = newApiKey();
    const updated: Department = existing
      ? { ...existing, name: name ?? existing.name, roles: roles ?? existing.roles, keys: [...existing.keys, record] }
      : { id, name: name!, roles: roles!, keys: [record] };
    writeDepartments(config.departmentsFile, [...departments.filter((d) => d.id !== id), updated]);
    console.log(`department ${id}: new API key (shown once, store it now):\n${key}`);
    console.error(`restart the api to load it (${config.departmentsFile})`);
    return 0;
  }
  if (action === 'revoke-key') {
    const keyId = rest[0];
    const owner = departments.find((d) => d.keys.some((k) => k.id === keyId));
    if (!owner) {
      console.error(`no key ${keyId}`);
      return 1;
    }
    const revoked = { ...owner, keys: owner.keys.map((k) => (k.id === keyId ? { ...k, revokedAt: new Date().toISOString() } : k)) };
    writeDepartments(config.departmentsFile, departments.map((d) => (d.id === owner.id ? revoked : d)));
    console.log(`key ${keyId} of ${owner.id} revoked`);
    return 0;
  }
  console.error(`usage:\n${DEPARTMENTS_USAGE}`);
  return 1;
}

import type { LocalDate } from '#kernel';

/**
 * A department that implements measures: a national ministry under its current name, or a local
 * department of the deploying city with its national counterpart. `id` follows the api's department-id
 * rule, so a deployment registers a key-holding department under the same id.
 */
export interface RegistryDepartment {
  readonly id: string;
  /** The current official name. */
  readonly name: string;
  /** Other names the texts and the departments use for it (short forms, generic 部门 names of its sector). */
  readonly aliases: readonly string[];
  /** Names it had before a reorganisation; a query naming one finds the department today. */
  readonly formerNames?: readonly FormerName[];
  readonly level: 'national' | 'local';
  /** GB/T 2260 code of the area it serves (a local department only; the seed city 安康 is 610900). */
  readonly region?: string;
  /** The national department whose measures a local department implements in its area. */
  readonly counterpart?: string;
  readonly sources: readonly string[];
  readonly inferred?: string;
}

export interface FormerName {
  readonly name: string;
  /** The first day the name was no longer in use (exclusive end). */
  readonly until: LocalDate;
  readonly sources: readonly string[];
  readonly inferred?: string;
}

export class DepartmentRegistry {
  private readonly byKey = new Map<string, RegistryDepartment>();
  private readonly byId = new Map<string, RegistryDepartment>();

  constructor(readonly departments: readonly RegistryDepartment[]) {
    for (const department of departments) {
      this.byId.set(department.id, department);
      for (const key of [department.id, department.name, ...department.aliases, ...(department.formerNames ?? []).map((f) => f.name)]) {
        const earlier = this.byKey.get(key);
        if (earlier && earlier !== department) throw new Error(`department registry: ${key} names both ${earlier.id} and ${department.id}`);
        this.byKey.set(key, department);
      }
    }
    for (const department of departments) {
      if (department.counterpart && this.byId.get(department.counterpart)?.level !== 'national')
        throw new Error(`department registry: ${department.id}'s counterpart ${department.counterpart} is not a national department`);
    }
  }

  /** The registry entry with this id (ids only: the rule set names departments by id). */
  byRegistryId(id: string): RegistryDepartment | undefined {
    return this.byId.get(id);
  }

  /** The department a query names: by id, current name, alias or former name. */
  resolve(nameOrId: string): RegistryDepartment | undefined {
    return this.byKey.get(nameOrId.trim());
  }

  /** Whether the asked department implements a measure implemented by `implementing` (registry ids). */
  implements(implementing: readonly string[], asked: string): boolean {
    const department = this.resolve(asked);
    if (!department) return false;
    return implementing.includes(department.id) || (department.counterpart !== undefined && implementing.includes(department.counterpart));
  }

  /** The current names of these registry ids, in order; an unknown id is kept as written. */
  names(ids: readonly string[]): string[] {
    return ids.map((id) => this.byId.get(id)?.name ?? id);
  }
}

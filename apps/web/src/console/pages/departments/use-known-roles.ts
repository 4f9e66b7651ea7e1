import { api } from '../../../shared/api';
import { useLoad, type Loaded } from '../../../shared/use-load';
import type { RoleOption } from './department-shapes';

interface RoleItems {
  readonly enum?: readonly string[];
  readonly 'x-enum-descriptions'?: readonly string[];
}

/** The roles the api knows, from its OpenAPI document (ChangeRolesDto.roles: `enum`, labels in `x-enum-descriptions`). */
export function useKnownRoles(): Loaded<RoleOption[]> {
  return useLoad(async () => {
    const document = await api<{ components: { schemas: Record<string, { properties?: Record<string, { items?: RoleItems }> }> } }>(
      '/docs-json',
    );
    const items = document.components.schemas.ChangeRolesDto?.properties?.roles?.items;
    const labels = items?.['x-enum-descriptions'] ?? [];
    return (items?.enum ?? []).map((value, i) => ({ value, label: labels[i] ? `${value}：${labels[i]}` : value }));
  }, []);
}

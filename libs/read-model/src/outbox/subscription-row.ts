import type { Subscription } from '#credit';

export interface SubscriptionRow {
  readonly id: string;
  readonly department: string;
  readonly url: string;
  readonly list_types: string[] | null;
  readonly scenarios: string[] | null;
  readonly own_measures: boolean;
  readonly registrations: boolean;
  readonly secret_version: number;
  readonly created_at: Date | string;
  readonly cancelled_at: Date | string | null;
}

export function subscriptionOfRow(row: SubscriptionRow): Subscription {
  return {
    id: row.id,
    department: row.department,
    url: row.url,
    ...(row.list_types ? { listTypes: row.list_types } : {}),
    ...(row.scenarios ? { scenarios: row.scenarios } : {}),
    ownMeasures: row.own_measures,
    registrations: row.registrations,
    secretVersion: row.secret_version,
    createdAt: new Date(row.created_at).toISOString(),
    ...(row.cancelled_at ? { cancelledAt: new Date(row.cancelled_at).toISOString() } : {}),
  };
}

import type { Subscription } from '#credit';

/** A subscription as the api shows it; the secret only in the answers that issue it. */
export interface SubscriptionView {
  readonly id: string;
  readonly department: string;
  readonly url: string;
  readonly listTypes: readonly string[] | null;
  readonly scenarios: readonly string[] | null;
  readonly ownMeasures: boolean;
  readonly registrations: boolean;
  readonly secretVersion: number;
  readonly createdAt: string;
  readonly cancelledAt: string | null;
}

export function subscriptionView(s: Subscription): SubscriptionView {
  return {
    id: s.id,
    department: s.department,
    url: s.url,
    listTypes: s.listTypes ?? null,
    scenarios: s.scenarios ?? null,
    ownMeasures: s.ownMeasures,
    registrations: s.registrations,
    secretVersion: s.secretVersion,
    createdAt: s.createdAt,
    cancelledAt: s.cancelledAt ?? null,
  };
}

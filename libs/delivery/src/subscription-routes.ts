import type { Subscription } from '#credit';
import { listTypesWithMeasures, type CompiledRuleSet } from '#rules';
import type { DeliveredChange } from './delivered-change.js';

/**
 * Which changes a subscription receives under a rule set: a list change of a list type its filters leave in (each
 * filter given narrows), a registration if it asked for registrations.
 */
export class SubscriptionRoutes {
  private readonly listTypes = new Map<string, ReadonlySet<string> | 'all'>();

  constructor(readonly rules: CompiledRuleSet) {}

  receives(subscription: Subscription, change: DeliveredChange): boolean {
    if (change.kind === 'registration') return subscription.registrations;
    const allowed = this.allowedListTypes(subscription);
    return allowed === 'all' || allowed.has(change.listType);
  }

  private allowedListTypes(subscription: Subscription): ReadonlySet<string> | 'all' {
    let allowed = this.listTypes.get(subscription.id);
    if (!allowed) {
      allowed = listTypesOf(subscription, this.rules);
      this.listTypes.set(subscription.id, allowed);
    }
    return allowed;
  }
}

function listTypesOf(subscription: Subscription, rules: CompiledRuleSet): ReadonlySet<string> | 'all' {
  const { listTypes, scenarios, ownMeasures, department } = subscription;
  if (!listTypes && !scenarios && !ownMeasures) return 'all';
  let allowed = new Set(listTypes ?? rules.listTypes.keys());
  if (scenarios || ownMeasures) {
    const byMeasure = listTypesWithMeasures(rules, { scenarios, ...(ownMeasures ? { department } : {}) });
    allowed = new Set([...allowed].filter((listType) => byMeasure.has(listType)));
  }
  return allowed;
}

import type { Problem } from '#kernel';
import { subscriptionError, type SubscriptionError } from './subscription-error.js';
import {
  DEAD_LETTERS_REPLAYED,
  SUBSCRIPTION_CANCELLED,
  SUBSCRIPTION_CREATED,
  SUBSCRIPTION_SECRET_ROTATED,
  type SubscriptionEvent,
} from './subscription-events.js';
import type { Subscription, SubscriptionState } from './subscription-state.js';
import { internalDestinationProblem, type WebhookDestination } from './webhook-destination.js';

/** Who asks: a department manages its own subscriptions; the credit office all of them. */
export interface SubscriptionCaller {
  readonly department: string;
  readonly creditOffice: boolean;
}

/** A subscription as the department asks for it, checked for types at the edge and for meaning here. */
export interface SubscriptionRequest {
  readonly url: string;
  readonly listTypes?: readonly string[];
  readonly scenarios?: readonly string[];
  readonly ownMeasures?: boolean;
  readonly registrations?: boolean;
}

/** What the rule set in force says a request may name. */
export interface SubscriptionVocabulary {
  readonly listTypes: ReadonlySet<string>;
  readonly scenarios: ReadonlySet<string>;
  /** Whether the caller's department implements any measure of the rule set in force. */
  readonly callerImplementsMeasures: boolean;
}

export type SubscriptionCommand =
  | {
      readonly kind: 'create';
      readonly subscriptionId: string;
      readonly request: SubscriptionRequest;
      readonly vocabulary: SubscriptionVocabulary;
      /** Where the URL's host resolved to, and the internal networks the operator allows. */
      readonly destination: WebhookDestination;
    }
  | { readonly kind: 'rotate-secret' }
  | { readonly kind: 'cancel' }
  /** `deadLetters`: the subscription's dead deliveries now (the outbox knows them, the stream does not). */
  | { readonly kind: 'replay-dead-letters'; readonly deliveryIds?: readonly string[]; readonly deadLetters: ReadonlySet<string> };

export type SubscriptionDecision =
  /** `events` is empty when there is nothing to record (no dead letter to replay). */
  | { readonly outcome: 'record'; readonly events: readonly SubscriptionEvent[] }
  | { readonly outcome: 'rejected'; readonly error: SubscriptionError };

const rejected = (error: SubscriptionError): SubscriptionDecision => ({ outcome: 'rejected', error });
const record = (...events: SubscriptionEvent[]): SubscriptionDecision => ({ outcome: 'record', events });

/** decide(command, state, caller, at) → the events to append; pure. */
export function decideSubscription(
  command: SubscriptionCommand,
  state: SubscriptionState,
  caller: SubscriptionCaller,
  at: string,
): SubscriptionDecision {
  if (command.kind === 'create') {
    if (state) return rejected(subscriptionError('subscription-exists', [{ path: 'id', reason: `subscription ${state.id} exists` }]));
    const problems = requestProblems(command.request, command.vocabulary, command.destination);
    if (problems.length) return rejected(subscriptionError('invalid-subscription', problems));
    const { url, listTypes, scenarios, ownMeasures, registrations } = command.request;
    return record({
      type: SUBSCRIPTION_CREATED,
      data: {
        subscriptionId: command.subscriptionId,
        department: caller.department,
        url,
        ...(listTypes ? { listTypes: [...new Set(listTypes)] } : {}),
        ...(scenarios ? { scenarios: [...new Set(scenarios)] } : {}),
        ownMeasures: ownMeasures === true,
        registrations: registrations === true,
        secretVersion: 1,
        createdAt: at,
      },
    });
  }
  const refused = refusedToCaller(state, caller);
  if (refused) return rejected(refused);
  const subscription = state!;
  if (subscription.cancelledAt) {
    return rejected(
      subscriptionError('subscription-cancelled', [
        { path: 'id', reason: `subscription ${subscription.id} was cancelled at ${subscription.cancelledAt}` },
      ]),
    );
  }
  const subscriptionId = subscription.id;
  switch (command.kind) {
    case 'rotate-secret':
      return record({
        type: SUBSCRIPTION_SECRET_ROTATED,
        data: { subscriptionId, secretVersion: subscription.secretVersion + 1, rotatedAt: at },
      });
    case 'cancel':
      return record({ type: SUBSCRIPTION_CANCELLED, data: { subscriptionId, cancelledAt: at } });
    case 'replay-dead-letters': {
      const unknown = (command.deliveryIds ?? []).filter((id) => !command.deadLetters.has(id));
      if (unknown.length) {
        return rejected(
          subscriptionError('unknown-dead-letter', [
            { path: 'deliveryIds', reason: `not a dead letter of subscription ${subscriptionId}: ${unknown.join(', ')}` },
          ]),
        );
      }
      if (command.deadLetters.size === 0 || command.deliveryIds?.length === 0) return record();
      return record({
        type: DEAD_LETTERS_REPLAYED,
        data: { subscriptionId, ...(command.deliveryIds ? { deliveryIds: [...new Set(command.deliveryIds)] } : {}), replayedAt: at },
      });
    }
  }
}

/** Whether the caller may see or manage the subscription: its own department's, or any for the credit office. */
export function refusedToCaller(state: SubscriptionState, caller: SubscriptionCaller): SubscriptionError | undefined {
  if (!state) return subscriptionError('unknown-subscription', [{ path: 'id', reason: 'no such subscription' }]);
  if (!mayManage(state, caller)) {
    return subscriptionError('not-your-subscription', [
      { path: 'id', reason: `subscription ${state.id} belongs to department ${state.department}; a department manages only its own` },
    ]);
  }
  return undefined;
}

export function mayManage(subscription: Subscription, caller: SubscriptionCaller): boolean {
  return caller.creditOffice || subscription.department === caller.department;
}

const MAX_URL_LENGTH = 2000;

function requestProblems(request: SubscriptionRequest, vocabulary: SubscriptionVocabulary, destination: WebhookDestination): Problem[] {
  const problems: Problem[] = [];
  const urlProblem = webhookUrlProblem(request.url, destination);
  if (urlProblem) problems.push({ path: 'url', reason: urlProblem });
  const unknownListTypes = (request.listTypes ?? []).filter((listType) => !vocabulary.listTypes.has(listType));
  if (unknownListTypes.length) {
    problems.push({
      path: 'listTypes',
      reason: `not a list type of the rule set in force: ${unknownListTypes.join(', ')} (known: ${[...vocabulary.listTypes].join(', ')})`,
    });
  }
  if (request.listTypes?.length === 0) problems.push({ path: 'listTypes', reason: 'is empty: leave it out to receive every list type' });
  const unknownScenarios = (request.scenarios ?? []).filter((scenario) => !vocabulary.scenarios.has(scenario));
  if (unknownScenarios.length) {
    problems.push({
      path: 'scenarios',
      reason: `unknown scenarios ${unknownScenarios.join(', ')} (known: ${[...vocabulary.scenarios].join(', ')})`,
    });
  }
  if (request.scenarios?.length === 0) problems.push({ path: 'scenarios', reason: 'is empty: leave it out to receive every scenario' });
  if (request.ownMeasures && !vocabulary.callerImplementsMeasures) {
    problems.push({
      path: 'ownMeasures',
      reason: 'the department implements no measure of the rule set in force (department registry), so nothing would match',
    });
  }
  return problems;
}

/** A webhook URL: http or https, with a host, no user name or password in it, not leading inside the platform's network. */
export function webhookUrlProblem(url: string, destination: WebhookDestination): string | undefined {
  if (url.length > MAX_URL_LENGTH) return `is longer than ${MAX_URL_LENGTH} characters`;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return 'is not an absolute URL';
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return `must be http or https, not ${parsed.protocol.replace(/:$/, '')}`;
  if (parsed.username || parsed.password) return 'must not hold credentials (user:password@): the deliveries are signed instead';
  if (!parsed.hostname) return 'has no host';
  return internalDestinationProblem(parsed, destination);
}

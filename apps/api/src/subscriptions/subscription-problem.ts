import { HttpException, HttpStatus } from '@nestjs/common';
import type { Caller, SubscriptionCaller, SubscriptionError } from '#credit';
import { refusal } from '#kernel';
import type { DataSource } from 'typeorm';
import { webhookKeyFingerprint } from '#delivery';
import type { SubscriptionActor } from '#ingestion';
import { webhookKeyAgrees } from '#read-model';
import type { WebhookKey } from '#runtime';
import { problemType } from '../shared/problems/problem-details.js';
import { invalidQuery } from '../shared/problems/invalid-query.js';
import { refusalException } from '../shared/problems/refusal-problem.js';

/** A refused subscription command as an RFC 7807 problem naming the field. */
export function subscriptionProblem(error: SubscriptionError): HttpException {
  return refusalException(refusal(error.kind, error.code, 'The subscription refused the request', error.problems));
}

/** The calling key as the subscription decider sees it, and as the events record it. */
export function subscriptionActor(caller: Caller): SubscriptionActor {
  return {
    department: caller.department.id,
    creditOffice: caller.department.roles.includes('credit-office'),
    actor: `api-key:${caller.keyId}`,
  } satisfies SubscriptionCaller & { actor: string };
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** A subscription id in a path: a UUID, else 400 naming `id`. */
export function checkedSubscriptionId(id: string): string {
  if (!UUID.test(id))
    throw invalidQuery([{ path: 'id', reason: 'must be a subscription id (a lower-case UUID) as POST /v1/subscriptions answered' }]);
  return id;
}

/**
 * The key the secrets are derived from, checked against the fingerprint the database records: a process with another
 * key (or none) would hand out secrets that sign nothing that is sent.
 */
export async function agreedWebhookKey(db: DataSource, webhookKey: WebhookKey): Promise<string> {
  if (webhookKey.key === undefined) {
    throw new HttpException(
      {
        type: problemType('webhook-key-missing'),
        title: 'Webhooks are not configured',
        detail: webhookKey.problem,
        errors: [{ field: 'JIANGCHENG_WEBHOOK_KEY', reason: 'is not set, and the data directory cannot hold a generated key' }],
      },
      HttpStatus.SERVICE_UNAVAILABLE,
    );
  }
  if (!(await webhookKeyAgrees(db, webhookKeyFingerprint(webhookKey.key)))) throw webhookKeyMismatch();
  return webhookKey.key;
}

function webhookKeyMismatch(): HttpException {
  return new HttpException(
    {
      type: problemType('webhook-key-mismatch'),
      title: 'Webhook secrets cannot be issued by this process',
      detail:
        'this process holds another webhook key than the one the database records: set JIANGCHENG_WEBHOOK_KEY to the same value for every process',
      errors: [{ field: 'JIANGCHENG_WEBHOOK_KEY', reason: 'differs from the key the other processes use' }],
      retryAfterSeconds: 60,
    },
    HttpStatus.SERVICE_UNAVAILABLE,
  );
}

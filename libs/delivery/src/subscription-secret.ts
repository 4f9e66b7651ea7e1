import { createHmac } from 'node:crypto';

/**
 * A subscription's signing secret is derived, never stored: HMAC-SHA256(server key, "<subscriptionId>:<version>").
 * Rotating moves the version, so the old secret stops signing; the server key never leaves the configuration.
 */
export function subscriptionSecret(serverKey: string, subscriptionId: string, secretVersion: number): string {
  return `whsec_${createHmac('sha256', serverKey).update(`${subscriptionId}:${secretVersion}`).digest('base64url')}`;
}

/** What the database keeps of the server key, to tell processes holding different keys apart. */
export function webhookKeyFingerprint(serverKey: string): string {
  return createHmac('sha256', serverKey).update('jiangcheng webhook key fingerprint').digest('hex');
}

/** `X-Jiangcheng-Signature: t=<unix seconds>,v1=<hex HMAC-SHA256(secret, "<t>.<raw body>")>` */
export function signatureHeader(secret: string, rawBody: string, at: Date): string {
  const t = Math.floor(at.getTime() / 1000);
  return `t=${t},v1=${createHmac('sha256', secret).update(`${t}.${rawBody}`).digest('hex')}`;
}

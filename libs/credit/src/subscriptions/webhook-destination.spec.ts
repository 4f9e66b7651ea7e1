import { allowedNetworkProblem } from './webhook-destination.js';

describe('WEBHOOK_ALLOWED_NETWORKS entries', () => {
  it.each(['127.0.0.1', '10.8.0.0/16', '::1', 'fd00::/8', '0.0.0.0/0'])('accepts %s', (entry) => {
    expect(allowedNetworkProblem(entry)).toBeUndefined();
  });

  it.each([
    ['localhost', 'not an IP address or CIDR'],
    ['10.8.0.0/33', 'prefix length must be 0 to 32'],
    ['fd00::/129', '0 to 128'],
    ['10.8.0.0/x', 'prefix length'],
    ['10.8.0.0/8/8', 'not an IP address'],
  ])('refuses %s', (entry, reason) => {
    expect(allowedNetworkProblem(entry)).toContain(reason);
  });
});

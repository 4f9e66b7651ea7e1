import path from 'node:path';
import { ConfigError, loadConfig } from './config.js';

describe('configuration', () => {
  it('defaults to embedded storage under ./data on port 3000, running projections in the api', () => {
    expect(loadConfig({})).toMatchObject({
      storage: 'embedded',
      dataDir: path.resolve('data'),
      port: 3000,
      runProjectionsInApi: true,
    });
  });

  it('uses a PostgreSQL server when DATABASE_URL is set, with projections in their own process', () => {
    expect(loadConfig({ DATABASE_URL: 'postgres://app@db:5432/jiangcheng' })).toMatchObject({
      storage: 'postgres',
      runProjectionsInApi: false,
    });
  });

  it('accepts kurrentdb:// and esdb:// event store addresses', () => {
    for (const url of ['kurrentdb://localhost:2113?tls=false', 'esdb+discover://cluster:2113']) {
      expect(loadConfig({ EVENTSTORE_URL: url }).eventStoreUrl).toBe(url);
    }
  });

  it('reports every bad value at once, naming the variable and what it expects', () => {
    const error = (() => {
      try {
        loadConfig({ DATABASE_URL: 'mysql://db/x', EVENTSTORE_URL: 'http://esdb', PORT: 'eighty', LOG_LEVEL: 'loud' });
      } catch (e) {
        return e;
      }
    })() as ConfigError;
    expect(error).toBeInstanceOf(ConfigError);
    expect(error.problems).toEqual([
      { path: 'DATABASE_URL', reason: expect.stringContaining('must be postgres://') },
      { path: 'EVENTSTORE_URL', reason: expect.stringContaining('must start with kurrentdb://') },
      { path: 'PORT', reason: expect.stringContaining('must be 0–65535') },
      { path: 'LOG_LEVEL', reason: expect.stringContaining('must be one of') },
    ]);
  });

  it('closes CORS, trusts no proxy and limits abuse by default; each is configurable', () => {
    expect(loadConfig({})).toMatchObject({
      corsOrigins: [],
      trustProxy: false,
      rateLimits: { windowSeconds: 60, publicRequests: 120, failedAuthentications: 10 },
      metricsToken: undefined,
    });
    expect(
      loadConfig({
        CORS_ORIGINS: 'https://portal.example.cn, http://localhost:8080',
        TRUST_PROXY: 'loopback, 10.0.0.0/8',
        RATE_LIMIT_WINDOW_SECONDS: '30',
        PUBLIC_RATE_LIMIT: '5',
        AUTH_FAILURE_LIMIT: '3',
        METRICS_TOKEN: 'a-long-enough-token',
      }),
    ).toMatchObject({
      corsOrigins: ['https://portal.example.cn', 'http://localhost:8080'],
      trustProxy: 'loopback,10.0.0.0/8',
      rateLimits: { windowSeconds: 30, publicRequests: 5, failedAuthentications: 3 },
      metricsToken: 'a-long-enough-token',
    });
    expect(loadConfig({ TRUST_PROXY: '1' }).trustProxy).toBe(1);
  });

  it('reads the webhook key and delivery settings, refusing a short key and a malformed number', () => {
    expect(loadConfig({}).webhooks).toEqual({
      maxAttempts: 8,
      retryBaseMs: 1000,
      retryMaxMs: 900000,
      timeoutMs: 10000,
      batchSize: 100,
      deliveredRetentionDays: 30,
    });
    expect(loadConfig({ JIANGCHENG_WEBHOOK_KEY: 'k'.repeat(32), WEBHOOK_MAX_ATTEMPTS: '3' })).toMatchObject({
      webhookKey: 'k'.repeat(32),
      webhooks: { maxAttempts: 3 },
    });
    expect(() => loadConfig({ JIANGCHENG_WEBHOOK_KEY: 'short', WEBHOOK_TIMEOUT_MS: '0' })).toThrow(
      /JIANGCHENG_WEBHOOK_KEY must be at least 32 characters.*WEBHOOK_TIMEOUT_MS must be a positive whole number/,
    );
  });

  it('reads the internal networks webhooks may reach (none by default), refusing what is not an address or CIDR', () => {
    expect(loadConfig({}).webhookAllowedNetworks).toEqual([]);
    expect(loadConfig({ WEBHOOK_ALLOWED_NETWORKS: ' 127.0.0.1, 10.8.0.0/16 ' }).webhookAllowedNetworks).toEqual([
      '127.0.0.1',
      '10.8.0.0/16',
    ]);
    expect(() => loadConfig({ WEBHOOK_ALLOWED_NETWORKS: '10.8.0.0/16,intranet' })).toThrow(
      /WEBHOOK_ALLOWED_NETWORKS intranet is not an IP address or CIDR/,
    );
  });

  it('refuses malformed origins, proxies, limits and short metrics tokens, naming each variable', () => {
    try {
      loadConfig({
        CORS_ORIGINS: 'portal.example.cn',
        TRUST_PROXY: 'everyone',
        PUBLIC_RATE_LIMIT: '0',
        AUTH_FAILURE_LIMIT: 'ten',
        METRICS_TOKEN: 'short',
      });
      throw new Error('accepted');
    } catch (error) {
      expect((error as ConfigError).problems).toEqual([
        { path: 'CORS_ORIGINS', reason: expect.stringContaining('must be a comma list of origins') },
        { path: 'TRUST_PROXY', reason: expect.stringContaining('must be') },
        { path: 'PUBLIC_RATE_LIMIT', reason: expect.stringContaining('must be a positive whole number, got "0"') },
        { path: 'AUTH_FAILURE_LIMIT', reason: expect.stringContaining('must be a positive whole number, got "ten"') },
        { path: 'METRICS_TOKEN', reason: 'must be at least 16 characters' },
      ]);
    }
  });
});

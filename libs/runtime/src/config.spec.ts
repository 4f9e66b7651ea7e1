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
      expect.stringContaining('DATABASE_URL must be postgres://'),
      expect.stringContaining('EVENTSTORE_URL must start with kurrentdb://'),
      expect.stringContaining('PORT must be 0–65535'),
      expect.stringContaining('LOG_LEVEL must be one of'),
    ]);
  });
});

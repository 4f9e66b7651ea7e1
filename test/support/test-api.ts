import type { NestExpressApplication } from '@nestjs/platform-express';
import type { RecorderRole } from '#credit';
import type { JiangchengConfig } from '#runtime';
import { createApi } from '../../apps/api/src/create-api.js';
import { recordTestDepartments, testDepartments } from './test-departments.js';
import { openTestStorage, type TestStorage } from './test-storage.js';

export interface TestApi {
  readonly app: NestExpressApplication;
  readonly storage: TestStorage;
  /** `http://127.0.0.1:<port>` */
  readonly base: string;
  /** Each department's API key, by department id. */
  readonly keys: Record<string, string>;
}

type ApiOptions = {
  config?: Partial<JiangchengConfig>;
  overrides?: Omit<NonNullable<Parameters<typeof createApi>[2]>, 'departments'>;
  /** The departments recorded on the store's departments stream, which the api follows (keys issued and revoked through it work at once), instead of a fixed directory. */
  departmentsOnStream?: boolean;
};

/**
 * For a test file: the real api on a fresh test storage, listening on a free port, with the given departments
 * (projections in the api unless `config` says otherwise). Started before the file's tests, stopped and its
 * storage dropped after them; read the handle's fields inside tests.
 */
export function useTestApi(roles: Record<string, RecorderRole[]>, options: ApiOptions = {}): TestApi {
  let started: TestApi | undefined;
  beforeAll(async () => {
    const storage = await openTestStorage();
    const onStream = options.departmentsOnStream ? await recordTestDepartments(storage.eventStore, roles) : undefined;
    const departments = onStream ? undefined : testDepartments(roles);
    const streamConfig = onStream ? { departmentsFile: '/nonexistent/departments.json', departmentsFileRequired: false } : {};
    const app = await createApi({ ...storage.config, runProjectionsInApi: true, ...streamConfig, ...options.config }, storage, {
      ...(departments ? { departments: departments.directory } : {}),
      ...options.overrides,
    });
    await app.listen(0, '127.0.0.1');
    started = { app, storage, base: await app.getUrl(), keys: onStream ?? departments!.keys };
  });
  afterAll(async () => {
    await started?.app.close();
    await started?.storage.dispose();
  });
  const field = <K extends keyof TestApi>(name: K): TestApi[K] => {
    if (!started) throw new Error('the test api starts in beforeAll: read its fields inside tests');
    return started[name];
  };
  return {
    get app() {
      return field('app');
    },
    get storage() {
      return field('storage');
    },
    get base() {
      return field('base');
    },
    get keys() {
      return field('keys');
    },
  };
}

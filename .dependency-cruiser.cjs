// The layering, written as rules that `npm run lint` checks (`npm run deps` alone).
// Libraries and apps import each other through the `#alias` subpath imports in package.json; the `source`
// condition (as in tsconfig.json `customConditions`) resolves them to the TypeScript sources.
// The violations being removed on other branches are listed in .dependency-cruiser-known-violations.json
// (`--ignore-known`); that file is meant to be empty.

/** Test code: specs, the `testing/` helpers, test/ and bench/. The rules below are about production code. */
const TEST_CODE = ['\\.(spec|int-spec|e2e-spec)\\.ts$', '/testing/', '^test/', '^bench/'];

/** Which libraries each library may import. Anything else in libs/ is a layering error (and so are cycles). */
const LIB_LAYERS = {
  kernel: [],
  credit: ['kernel'],
  rules: ['kernel', 'credit'],
  'event-store': ['kernel'],
  'read-model': ['kernel', 'event-store', 'credit', 'rules'],
  ingestion: ['kernel', 'event-store', 'credit', 'rules', 'read-model'],
  runtime: ['kernel', 'event-store', 'credit', 'rules', 'read-model', 'ingestion'],
  delivery: ['kernel', 'event-store', 'credit', 'rules', 'read-model'],
};

/** Frameworks and drivers the domain (kernel, credit, rules) stays free of. */
const INFRASTRUCTURE_PACKAGES = '^node_modules/(@nestjs|typeorm|pg|pg-[^/]+|@electric-sql|@kurrent|express|pino[^/]*|nestjs-pino)/';

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    ...Object.entries(LIB_LAYERS).map(([lib, allowed]) => ({
      name: `layers-${lib}`,
      comment: `libs/${lib} may import only ${allowed.length ? allowed.join(', ') : 'no other library'} (docs/architecture.md, "Layers")`,
      severity: 'error',
      from: { path: `^libs/${lib}/`, pathNot: TEST_CODE },
      to: { path: '^libs/', pathNot: [`^libs/(${[lib, ...allowed].join('|')})/`] },
    })),
    {
      name: 'domain-without-infrastructure',
      comment: 'kernel, credit and rules import no Nest, TypeORM, pg, PGlite, Kurrent client or file system',
      severity: 'error',
      from: { path: '^libs/(kernel|credit|rules)/', pathNot: TEST_CODE },
      to: {
        path: [INFRASTRUCTURE_PACKAGES, '^(node:)?fs(/promises)?$'],
      },
    },
    {
      name: 'storage-adapters-only-in-runtime',
      comment:
        'The event-store adapters (#event-store/postgres, #event-store/kurrent) are chosen in libs/runtime/src/storage.ts; ' +
        'the read-model migrations create the PostgreSQL schema. A type-only import loads nothing.',
      severity: 'error',
      from: { pathNot: ['^libs/event-store/', '^libs/runtime/src/storage\\.ts$', '^libs/read-model/src/migrations/', ...TEST_CODE] },
      to: { path: '^libs/event-store/src/(postgres|eventstoredb)/', dependencyTypesNot: ['type-only'] },
    },
    {
      name: 'libs-never-import-apps',
      severity: 'error',
      from: { path: '^libs/' },
      to: { path: '^apps/' },
    },
    {
      name: 'apps-do-not-import-each-other',
      severity: 'error',
      from: { path: '^apps/([^/]+)/' },
      to: { path: '^apps/', pathNot: '^apps/$1/' },
    },
    {
      name: 'api-features-do-not-import-features',
      comment:
        'A use-case folder of apps/api imports only itself and apps/api/src/shared/ (the platform folders — health, hygiene, security, logging, metrics, lifecycle, storage, openapi — are wired by the composition)',
      severity: 'error',
      from: {
        path: '^apps/api/src/(facts|subjects|measures|lists|audit|public|departments|typical-cases|statistics|subscriptions|feeds|rule-sets)/',
      },
      to: { path: '^apps/api/src/[^/]+/', pathNot: ['^apps/api/src/shared/', '^apps/api/src/$1/'] },
    },
    {
      name: 'production-does-not-import-tests',
      severity: 'error',
      from: { pathNot: TEST_CODE },
      to: { path: TEST_CODE },
    },
    {
      name: 'no-circular',
      comment: 'A cycle of imports that load code; types referring to each other (type-only imports) load nothing',
      severity: 'error',
      from: {},
      to: { circular: true, viaOnly: { dependencyTypesNot: ['type-only'] } },
    },
    {
      name: 'no-orphans',
      comment: 'A module nothing imports and that is no entry point is dead code',
      severity: 'error',
      from: {
        orphan: true,
        pathNot: ['\\.d\\.ts$', '(^|/)\\.[^/]+$', '\\.(spec|int-spec|e2e-spec|browser-spec)\\.ts$', '(^|/)jest\\.config\\.js$'],
      },
      to: {},
    },
    {
      name: 'not-to-unresolvable',
      severity: 'error',
      from: {},
      to: { couldNotResolve: true },
    },
    {
      name: 'not-to-dev-dependency',
      comment:
        'Production code imports only packages listed in "dependencies" (apps/web is bundled at build: its packages are build tools; ' +
        "the web's API types are written by `npm run openapi:web-types`, which the server never loads)",
      severity: 'error',
      from: { path: '^(apps|libs)/', pathNot: [...TEST_CODE, '^apps/web/', '^apps/api/src/openapi/web-api-types\\.ts$'] },
      to: { dependencyTypes: ['npm-dev'], dependencyTypesNot: ['type-only'] },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^(dist|coverage|data)/' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: {
      conditionNames: ['source', 'import', 'node', 'default'],
      exportsFields: ['exports'],
      extensions: ['.ts', '.tsx', '.js', '.json'],
    },
    reporterOptions: {
      text: { highlightFocused: true },
    },
  },
};

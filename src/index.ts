// The library entry `barometer`: the building blocks of the pipeline, for programs that compose
// their own (the CLI in src/cli is one such composition). Statistics live in `barometer/stats`.
export * from './core/index.js';
export * from './config/index.js';
export * from './suites/index.js';
export * from './sandbox/index.js';
export * from './agents/index.js';
export * from './grading/index.js';
export * from './runner/index.js';
export * from './monitor/index.js';
export { Store, plannedKey, type DatedAttempt } from './store/store.js';
export { createSqliteDialect } from './store/sqlite/sqlite-dialect.js';
export type { Database } from './store/schema.js';

import { usageError } from '../core/errors.js';
import { createSqliteDialect } from '../store/sqlite/sqlite-dialect.js';
import { Store } from '../store/store.js';

/**
 * Opens the store a `database` location names: a SQLite file path (the embedded default) or, in a
 * later release, a `postgres://` URL. `mustExist` is for read-only commands.
 */
export async function openStore(location: string, options: { mustExist?: boolean } = {}): Promise<Store> {
  if (/^postgres(ql)?:\/\//i.test(location)) {
    throw usageError('DATABASE', `PostgreSQL (${location.replace(/\/\/[^@/]*@/, '//***@')}) is not supported yet: use a SQLite file path for --db / database`);
  }
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(location)) {
    throw usageError('DATABASE', `unsupported database URL ${location}: use a SQLite file path`);
  }
  return Store.open(createSqliteDialect(location, options));
}

import { usageError } from '../core/errors.js';
import { createPostgresDialect } from '../store/postgres/postgres-dialect.js';
import { createSqliteDialect } from '../store/sqlite/sqlite-dialect.js';
import { Store } from '../store/store.js';

/**
 * Opens the store a `database` location names: a SQLite file path (the embedded default) or a
 * `postgres://` URL (the same queries and migrations). `mustExist` is for read-only commands.
 */
export async function openStore(location: string, options: { mustExist?: boolean } = {}): Promise<Store> {
  if (/^postgres(ql)?:\/\//i.test(location)) {
    // `?schema=NAME` puts barometer's tables in a schema of their own (default: public).
    const url = new URL(location);
    const schema = url.searchParams.get('schema') ?? 'public';
    if (!/^[a-z_][a-z0-9_]*$/.test(schema)) throw usageError('DATABASE', `invalid schema "${schema}" in the database URL: use lowercase letters, digits and _`);
    url.searchParams.delete('schema');
    return Store.open(createPostgresDialect(url.toString(), { schema }), { schema, createSchema: true });
  }
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(location)) {
    throw usageError('DATABASE', `unsupported database URL ${location.replace(/\/\/[^@/]*@/, '//***@')}: use a SQLite file path or a postgres:// URL`);
  }
  return Store.open(createSqliteDialect(location, options));
}

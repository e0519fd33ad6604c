import pg from 'pg';
import { PostgresDialect, type Dialect } from 'kysely';

/**
 * The scale-out store: PostgreSQL through the same Kysely queries and migrations as the embedded
 * SQLite default, chosen by a `postgres://` (or `postgresql://`) database URL. `schema` (optional)
 * sets the search path, so barometer's tables live in that (existing) schema.
 *
 * @example
 * const store = await Store.open(createPostgresDialect('postgres://barometer@db.internal/barometer'));
 */
export function createPostgresDialect(url: string, options: { schema?: string; maxConnections?: number } = {}): Dialect {
  if (options.schema !== undefined && !/^[a-z_][a-z0-9_]*$/.test(options.schema)) throw new Error(`invalid schema name "${options.schema}"`);
  const pool = new pg.Pool({
    connectionString: url,
    max: options.maxConnections ?? 10,
    ...(options.schema ? { options: `-c search_path=${options.schema}` } : {}),
  });
  return new PostgresDialect({ pool });
}

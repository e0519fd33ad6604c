import { existsSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import Database from 'better-sqlite3';
import { SqliteDialect, type Dialect } from 'kysely';
import { usageError } from '../../core/errors.js';

/**
 * The embedded default: a SQLite file through better-sqlite3 (12.x; 13 crashes on Node 20), in WAL
 * mode so that readers (report, dashboard) never block the runner. `mustExist` is for commands that
 * only read: they should not create an empty database by accident.
 *
 * @example
 * const db = new Kysely<Database>({ dialect: createSqliteDialect('./barometer.db') });
 */
export function createSqliteDialect(path: string, options: { mustExist?: boolean } = {}): Dialect {
  const file = path === ':memory:' ? path : resolve(path);
  if (file !== ':memory:') {
    const dir = dirname(file);
    if (!existsSync(dir) || !statSync(dir).isDirectory()) {
      throw usageError('DATABASE', `database directory ${dir} does not exist: create it or pass another --db path`);
    }
    if (options.mustExist && !existsSync(file)) {
      throw usageError('DATABASE', `no database at ${file}: run \`barometer run\` (or \`barometer demo\`) first, or pass --db`);
    }
  }
  let sqlite: Database.Database;
  try {
    sqlite = new Database(file);
    sqlite.pragma('journal_mode = WAL');
    sqlite.pragma('synchronous = NORMAL');
    sqlite.pragma('foreign_keys = ON');
    sqlite.pragma('busy_timeout = 5000');
  } catch (err) {
    throw usageError('DATABASE', `cannot open SQLite database ${file}: ${(err as Error).message}`, err);
  }
  return new SqliteDialect({ database: sqlite });
}

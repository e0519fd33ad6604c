import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { BarometerError } from '../../core/errors.js';
import { Store } from '../store.js';
import { createSqliteDialect } from './sqlite-dialect.js';

const root = mkdtempSync(join(tmpdir(), 'barometer-sqlite-test-'));
after(() => rmSync(root, { recursive: true, force: true }));

function dbError(fn: () => unknown): BarometerError {
  try {
    fn();
  } catch (err) {
    assert.ok(err instanceof BarometerError, String(err));
    assert.equal(err.code, 'DATABASE');
    assert.equal(err.exitCode, 2);
    return err;
  }
  assert.fail('expected an error');
}

test('a missing directory is a user error naming the directory', () => {
  const dir = join(root, 'no', 'such', 'dir');
  const err = dbError(() => createSqliteDialect(join(dir, 'b.db')));
  assert.equal(err.message, `database directory ${dir} does not exist: create it or pass another --db path`);
  assert.equal(existsSync(dir), false, 'nothing is created');
});

test('a "directory" that is a file is refused the same way', () => {
  const file = join(root, 'plain-file');
  writeFileSync(file, '');
  const err = dbError(() => createSqliteDialect(join(file, 'b.db')));
  assert.match(err.message, /^database directory .*plain-file does not exist/);
});

test('mustExist with a missing file is an error and creates nothing', () => {
  const file = join(root, 'absent.db');
  const err = dbError(() => createSqliteDialect(file, { mustExist: true }));
  assert.equal(err.message, `no database at ${file}: run \`barometer run\` (or \`barometer demo\`) first, or pass --db`);
  assert.equal(existsSync(file), false);
});

test('a new file is created in WAL mode with foreign keys on', async () => {
  const file = join(root, 'new.db');
  const store = await Store.open(createSqliteDialect(file));
  try {
    assert.equal(existsSync(file), true);
    const mode = await sql<{ journal_mode: string }>`pragma journal_mode`.execute(store.db);
    assert.equal(mode.rows[0]?.journal_mode, 'wal');
    const fk = await sql<{ foreign_keys: number }>`pragma foreign_keys`.execute(store.db);
    assert.equal(fk.rows[0]?.foreign_keys, 1);
  } finally {
    await store.close();
  }
});

test('a relative path is resolved against the process cwd', async () => {
  const prev = process.cwd();
  process.chdir(root);
  let dialect;
  try {
    dialect = createSqliteDialect('relative.db');
  } finally {
    process.chdir(prev);
  }
  const store = await Store.open(dialect);
  await store.close();
  assert.equal(existsSync(join(root, 'relative.db')), true);
});

test(':memory: needs no directory', async () => {
  const store = await Store.open(createSqliteDialect(':memory:', { mustExist: true }));
  await store.close();
});

test('a file that is not a database is reported at open or migration, not silently used', async () => {
  const file = join(root, 'garbage.db');
  writeFileSync(file, 'this is not sqlite '.repeat(100));
  await assert.rejects(
    (async () => {
      const store = await Store.open(createSqliteDialect(file));
      await store.close();
    })(),
    (err: unknown) => err instanceof BarometerError && err.code === 'DATABASE' && /not a database/i.test(err.message),
  );
});

import type { Migration, MigrationProvider } from 'kysely';
import { initialMigration } from './0001-initial.js';
import { taskLabelsMigration } from './0002-task-labels.js';
import { systemPromptHashMigration } from './0003-system-prompt-hash.js';

/** Every migration, in order. Add new ones at the end; never edit one that has shipped. */
export const migrations: Record<string, Migration> = {
  '0001-initial': initialMigration,
  '0002-task-labels': taskLabelsMigration,
  '0003-system-prompt-hash': systemPromptHashMigration,
};

/** Serves the in-code migrations to Kysely's Migrator (no files to find at run time). */
export const migrationProvider: MigrationProvider = {
  getMigrations: async () => migrations,
};

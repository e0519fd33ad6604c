import type { Kysely, Migration } from 'kysely';

/** Tasks remember their answer-key label (e.g. `buggy`), for classification metrics. */
export const taskLabelsMigration: Migration = {
  async up(db: Kysely<any>): Promise<void> {
    await db.schema.alterTable('tasks').addColumn('label', 'text').execute();
  },
  async down(db: Kysely<any>): Promise<void> {
    await db.schema.alterTable('tasks').dropColumn('label').execute();
  },
};

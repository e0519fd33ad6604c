import type { Kysely, Migration } from 'kysely';

/** Runs record the hash of the system prompt the agent was given (when barometer knows it). */
export const systemPromptHashMigration: Migration = {
  async up(db: Kysely<any>): Promise<void> {
    await db.schema.alterTable('runs').addColumn('system_prompt_hash', 'text').execute();
  },
  async down(db: Kysely<any>): Promise<void> {
    await db.schema.alterTable('runs').dropColumn('system_prompt_hash').execute();
  },
};

import { usageError } from '../core/errors.js';
import type { Store } from '../store/store.js';

/**
 * The agents a read command covers: the ones named (each must have runs, else a usage error listing
 * those that do), or every agent with runs.
 */
export async function agentsWithRuns(store: Store, named: readonly string[]): Promise<string[]> {
  const known = await store.agentsWithRuns();
  for (const a of named) {
    if (!known.includes(a)) {
      throw usageError('UNKNOWN_AGENT', `no runs recorded for agent "${a}"${known.length ? ` (agents with runs: ${known.join(', ')})` : ' (the database has no runs yet)'}`);
    }
  }
  return named.length ? [...named] : known;
}

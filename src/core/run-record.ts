import { RECORD_SCHEMA_VERSION, type Attempt, type Outcome } from './attempt.js';
import type { Run } from './run.js';

/** Counts of outcomes. */
export type OutcomeCounts = Record<Outcome, number>;

/**
 * The versioned JSON record of a run and its attempts: what `run --json` prints, and what export,
 * import, the API and the dashboard share. New fields may be added; existing ones keep their meaning
 * while `schemaVersion` stays 1. See docs/record-format.md.
 */
export interface RunRecord {
  schemaVersion: typeof RECORD_SCHEMA_VERSION;
  run: {
    id: string;
    agent: string;
    agentKind: string;
    suite: string;
    suiteVersion: string;
    date: string;
    status: Run['status'];
    startedAt: string;
    finishedAt: string | null;
    agentVersion: string | null;
    requestedModel: string | null;
    settingsHash: string;
    harnessVersion: string;
    host: string;
    systemPromptHash: string | null;
    planned: number;
  };
  counts: OutcomeCounts;
  attempts: Omit<Attempt, 'runId'>[];
}

/** Counts pass, fail and error among attempts. */
export function countOutcomes(attempts: readonly Pick<Attempt, 'outcome'>[]): OutcomeCounts {
  const counts: OutcomeCounts = { pass: 0, fail: 0, error: 0 };
  for (const a of attempts) counts[a.outcome] += 1;
  return counts;
}

/** Builds the record of a run from the run and its recorded attempts. */
export function toRunRecord(run: Run, attempts: readonly Attempt[]): RunRecord {
  return {
    schemaVersion: RECORD_SCHEMA_VERSION,
    run: {
      id: run.id,
      agent: run.agent,
      agentKind: run.agentKind,
      suite: run.suite,
      suiteVersion: run.suiteVersion,
      date: run.date,
      status: run.status,
      startedAt: run.startedAt,
      finishedAt: run.finishedAt,
      agentVersion: run.agentVersion,
      requestedModel: run.requestedModel,
      settingsHash: run.settingsHash,
      harnessVersion: run.harnessVersion,
      host: run.host,
      systemPromptHash: run.systemPromptHash ?? null,
      planned: run.plan.length,
    },
    counts: countOutcomes(attempts),
    attempts: attempts.map(({ runId: _runId, ...rest }) => rest),
  };
}

/** Life cycle of a run. `interrupted` runs can be finished with `run --resume`. */
export type RunStatus = 'running' | 'interrupted' | 'completed';

/** One planned attempt: a task and a trial number (1-based). */
export interface PlannedAttempt {
  taskId: string;
  trial: number;
}

/** One agent × one suite × one day (or a manual run), with its plan and provenance. */
export interface Run {
  id: string;
  agent: string;
  agentKind: string;
  suite: string;
  suiteVersion: string;
  /** The day the run stands for, `YYYY-MM-DD` (UTC). */
  date: string;
  status: RunStatus;
  plan: PlannedAttempt[];
  startedAt: string;
  finishedAt: string | null;
  /** Agent (CLI or SDK) version as reported before the run. */
  agentVersion: string | null;
  /** The model the configuration asks for. */
  requestedModel: string | null;
  /** Hash of the agent's settings (secrets excluded), so a settings change is visible. */
  settingsHash: string;
  harnessVersion: string;
  host: string;
  /** Hash of the system prompt the agent is given, when barometer sets or knows it. */
  systemPromptHash?: string | null;
}

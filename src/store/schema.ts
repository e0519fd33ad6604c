/**
 * Table shapes as Kysely sees them. Column types are chosen to mean the same in SQLite and
 * PostgreSQL: text for ids, days (`YYYY-MM-DD`), ISO timestamps and JSON; integer counts;
 * double precision for money and rates.
 */
export interface Database {
  suites: SuiteTable;
  tasks: TaskTable;
  agents: AgentTable;
  runs: RunTable;
  attempts: AttemptTable;
}

export interface SuiteTable {
  name: string;
  version: string;
  dir: string;
  task_count: number;
  created_at: string;
}

export interface TaskTable {
  id: string;
  version: string;
  title: string;
  category: string;
  language: string;
  difficulty: string;
  tags: string;
  created_at: string;
  label: string | null;
}

export interface AgentTable {
  name: string;
  kind: string;
  created_at: string;
}

export interface RunTable {
  id: string;
  agent: string;
  agent_kind: string;
  suite: string;
  suite_version: string;
  date: string;
  status: string;
  plan: string;
  started_at: string;
  finished_at: string | null;
  agent_version: string | null;
  requested_model: string | null;
  settings_hash: string;
  harness_version: string;
  host: string;
  system_prompt_hash: string | null;
}

export interface AttemptTable {
  run_id: string;
  task_id: string;
  task_version: string;
  category: string;
  trial: number;
  outcome: string;
  error_message: string | null;
  started_at: string;
  duration_ms: number;
  agent_ms: number;
  test_ms: number;
  input_tokens: number;
  output_tokens: number;
  cache_read_tokens: number;
  cache_write_tokens: number;
  cost_usd: number | null;
  turns: number | null;
  tool_calls: string;
  model: string | null;
  agent_version: string | null;
  answer: string | null;
  test_output: string | null;
  transcript: string | null;
}

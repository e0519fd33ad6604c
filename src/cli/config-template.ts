/** The commented configuration `barometer init` writes. Every default is shown. */
export const CONFIG_TEMPLATE = `# barometer.config.yaml — what barometer runs and where it keeps the results.
# Values may use \${ENV_VAR} or \${ENV_VAR:-default}; \$\$ is a literal dollar sign.
# Relative paths are relative to this file. Check it with: barometer tasks list

# Where results are kept: a SQLite file (the embedded default; no server needed), or PostgreSQL:
# database: postgres://barometer@db.internal:5432/barometer?schema=barometer
# --db PATH|URL overrides it for one command.
database: ./barometer.db

# Default suite: "builtin" (shipped with barometer), a name under suites:, or a directory of tasks.
suite: builtin
# suites:
#   mine: ./my-tasks        # each sub-folder with a task.toml is a task (see docs/tasks.md)

# Tasks per day, chosen deterministically from seed + date (a rerun of a day picks the same ones).
# Leave it out to run every task of the suite every day (best for paired statistics).
# tasksPerDay: 60
# core: 30              # fixed tasks attempted every day (paired statistics); the rest rotate
trials: 1               # attempts per task per run
seed: 0                 # seed of the daily task selection
# concurrency: 4        # attempts at once; default: number of CPU cores
# testTimeoutSec: 60    # overrides each task's own test timeout
# maxCostUsd: 20        # budget of one run: no new attempt starts once it is spent

# The reference period that windows are compared with: the first N days of each agent's history,
# or fixed dates, e.g. { from: 2026-11-01, to: 2026-11-14 }. Re-anchor it explicitly after a
# deliberate change (new model); barometer never moves it silently.
baseline:
  days: 14

# The sequential detector behind \`barometer status\`: one false alarm per arl0Days days on a stable
# agent; minEffect is the smallest change that matters; dropShare the share of the false-alarm budget
# spent on drops (both directions are watched).
detection:
  arl0Days: 730
  minEffect: 0.05
  dropShare: 0.9

agents:
  # A simulated agent: deterministic, no model needed; writes the reference or a wrong solution,
  # and grading really runs. Good for trying barometer out.
  - name: my-agent
    kind: simulated
    seed: 1
    skill: { generation: 0.7, completion: 0.65, understanding: 0.6 }   # mean success per category
    version: "1.0.0"            # reported agent (CLI) version
    model: sim-model-1          # reported model
    errorRate: 0.01             # share of attempts that end in a simulated infrastructure error
    latencyMs: 0                # real time per attempt
    timeoutSec: 900
    # changes:                  # scheduled changes, e.g. a regression after a CLI update
    #   - { from: 2026-12-01, skillDelta: -0.10, version: "1.1.0" }

  # Claude Code, run headless and unmodified (see docs/agents.md for every option).
  # - name: claude-sonnet
  #   kind: claude-code
  #   model: claude-sonnet-4-5
  #   permissionMode: bypassPermissions   # acceptEdits is the safe alternative
  #   timeoutSec: 900
  #   env:
  #     ANTHROPIC_API_KEY: \${ANTHROPIC_API_KEY}

  # The same model through barometer's fixed tool loop (tells a model change from a CLI change).
  # kind: openai covers OpenAI, OpenRouter, vLLM, Ollama and LM Studio (set baseUrl).
  # - name: sonnet-api
  #   kind: anthropic
  #   model: claude-sonnet-4-5
  #   mode: agent                          # or single-shot
  #   env:
  #     ANTHROPIC_API_KEY: \${ANTHROPIC_API_KEY}

  # Any agent CLI, run in each attempt's fresh workspace (recipes for Codex, Gemini CLI and Aider in
  # docs/agents.md; parser: reads their token usage).
  # - name: codex
  #   kind: command
  #   command: ["codex", "exec", "--json", "--sandbox", "workspace-write", "--skip-git-repo-check", "-"]
  #   promptVia: stdin
  #   parser: codex-json
  #   env:
  #     CODEX_API_KEY: \${OPENAI_API_KEY}
`;

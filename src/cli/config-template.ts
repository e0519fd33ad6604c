/** The commented configuration `barometer init` writes. Every default is shown. */
export const CONFIG_TEMPLATE = `# barometer.config.yaml — what barometer runs and where it keeps the results.
# Values may use \${ENV_VAR} or \${ENV_VAR:-default}; \$\$ is a literal dollar sign.
# Relative paths are relative to this file. Check it with: barometer tasks list

# Where results are kept: a SQLite file (the embedded default; no server needed).
# --db PATH overrides it for one command.
database: ./barometer.db

# Default suite: "builtin" (shipped with barometer), a name under suites:, or a directory of tasks.
suite: builtin
# suites:
#   mine: ./my-tasks        # each sub-folder with a task.toml is a task (see docs/tasks.md)

# Tasks per day, chosen deterministically from seed + date (a rerun of a day picks the same ones).
# Leave it out to run every task of the suite every day (best for paired statistics).
# tasksPerDay: 20
trials: 1               # attempts per task per run
seed: 0                 # seed of the daily task selection
# concurrency: 4        # attempts at once; default: number of CPU cores
# testTimeoutSec: 60    # overrides each task's own test timeout

# The reference period that windows are compared with: the first N days of each agent's history,
# or fixed dates, e.g. { from: 2026-11-01, to: 2026-11-14 }. Re-anchor it explicitly after a
# deliberate change (new model); barometer never moves it silently.
baseline:
  days: 14

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

  # Any agent CLI, run in each attempt's fresh workspace. The instruction arrives on stdin, in a
  # file ({promptFile}) or as an argument ({prompt}). Only the variables under env/passEnv reach it.
  # - name: claude-code-cmd
  #   kind: command
  #   command: ["claude", "-p", "{prompt}", "--permission-mode", "acceptEdits"]
  #   promptVia: arg              # stdin | file | arg
  #   versionCommand: ["claude", "--version"]
  #   model: claude-sonnet-4-5
  #   timeoutSec: 900
  #   onNonZeroExit: error        # error (infrastructure fault) | grade (grade the workspace anyway)
  #   env:
  #     ANTHROPIC_API_KEY: \${ANTHROPIC_API_KEY}
  #   passEnv: []                 # names of variables to pass through unchanged
`;

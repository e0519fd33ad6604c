/** The four kinds of task barometer knows (DESIGN.md §3). */
export const TASK_CATEGORIES = ['generation', 'completion', 'understanding', 'repo'] as const;
/** A task's category. */
export type TaskCategory = (typeof TASK_CATEGORIES)[number];

/** Difficulty labels, easiest first. */
export const DIFFICULTIES = ['easy', 'medium', 'hard'] as const;
/** A task's difficulty label. */
export type Difficulty = (typeof DIFFICULTIES)[number];

/** How a finished workspace is turned into pass or fail. */
export type Grading =
  | {
      /** Hidden tests are copied into the workspace and `command` must exit 0. */
      kind: 'tests';
      command: string;
      timeoutSec: number;
    }
  | {
      /** The agent writes its answer to `file`; it is compared with the answer key. */
      kind: 'answer';
      file: string;
      /** Accepted answers; the first is the canonical one. */
      expected: string[];
      /** `exact` after trimming; `normalized` also folds case and whitespace; `regex` tests each expected pattern. */
      match: 'exact' | 'normalized' | 'regex';
      /** For classification tasks (e.g. `buggy` / `not-buggy`): the label the key stands for. */
      label?: string;
    };

/**
 * One task, as loaded from its directory. Files are kept as relative paths so that a task can be
 * copied into any workspace; the directory itself is the source of truth.
 */
export interface Task {
  /** Unique within its suite; by default the directory name. */
  id: string;
  title: string;
  category: TaskCategory;
  /** Programming language of the task, e.g. `javascript`, `typescript`, `python`. */
  language: string;
  difficulty: Difficulty;
  tags: string[];
  /** What the agent is told. */
  instruction: string;
  /** Absolute path of the task's directory. */
  dir: string;
  /** Relative paths (under `workspace/`) of the files the agent starts with. */
  workspaceFiles: string[];
  /** Relative paths (under `tests/`) of the hidden tests, copied in only after the agent finishes. */
  testFiles: string[];
  /** Relative paths (under `solution/`) of the reference solution, overlaid onto the workspace. */
  solutionFiles: string[];
  /** Relative paths (under `wrong/`) of a plausible wrong solution, used by the simulated agent and by validation. */
  wrongFiles: string[];
  grading: Grading;
  /** Content hash of every file of the task (its version). */
  version: string;
  /** For a fresh variant generated from a template: the template and the seed (the run's date). */
  template?: { id: string; seed: string };
}

/** A parametric template of a suite: it generates a fresh variant of a task for each seed (date). */
export interface SuiteTemplate {
  id: string;
  /** Absolute path of the template's directory. */
  dir: string;
  /** Content hash of the template's files: part of the suite's version. */
  hash: string;
  category: TaskCategory;
  language: string;
  difficulty: Difficulty;
  title: string;
}

/** A named set of tasks and its content hash. */
export interface Suite {
  name: string;
  /** Absolute path of the suite's directory. */
  dir: string;
  /** Content hash over every task's and template's version: any change is a new suite version. */
  version: string;
  /** The fixed tasks. */
  tasks: Task[];
  /** Templates whose variants join the fixed tasks each day (see suites/templates). */
  templates: SuiteTemplate[];
}

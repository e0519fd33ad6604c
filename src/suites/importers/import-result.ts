/** The input formats `barometer tasks import` understands. */
export const IMPORT_FORMATS = ['humaneval', 'mbpp', 'swe-bench', 'harbor'] as const;
/** One input format. */
export type ImportFormat = (typeof IMPORT_FORMATS)[number];

/** A task written to the output directory. */
export interface ImportedTask {
  /** The barometer task id (also its directory name). */
  id: string;
  /** Absolute path of the task's directory. */
  dir: string;
  /** Where it came from in the input, e.g. `line 3 (HumanEval/2)` or a Harbor task directory name. */
  source: string;
}

/** An input item that was not converted, and why. */
export interface SkippedTask {
  /** Where it came from in the input, e.g. `line 7` or `hello-world/`. */
  source: string;
  /** The task id it would have had, when it got that far. */
  id: string | null;
  /** One line naming what is wrong (and, where possible, how to fix it). */
  reason: string;
}

/** What an importer produced: the tasks written and the items skipped with a reason each. */
export interface ImportOutcome {
  imported: ImportedTask[];
  skipped: SkippedTask[];
}

/** The result of {@link importTasks}: an {@link ImportOutcome} plus where it was read from and written to. */
export interface ImportResult extends ImportOutcome {
  format: ImportFormat;
  /** Absolute path of the input file or directory. */
  input: string;
  /** Absolute path of the output suite directory. */
  outDir: string;
}

/** Options every importer receives. */
export interface ImporterOptions {
  /** Replace task directories that already exist in the output directory. */
  force?: boolean;
  /** Stops between tasks when aborted (Ctrl-C). */
  signal?: AbortSignal;
  /**
   * The caller's environment (the CLI passes its context's), used only to find host tools such as
   * `git` on its PATH. Commands run at import time never inherit it wholesale.
   */
  env?: Readonly<Record<string, string | undefined>>;
}

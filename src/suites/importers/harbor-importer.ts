import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, posix, resolve } from 'node:path';
import { setImmediate as nextTick } from 'node:timers/promises';
import { parse as parseToml } from 'smol-toml';
import { listFiles } from '../../core/files.js';
import { DIFFICULTIES, type Difficulty } from '../../core/task.js';
import { hostEnv, outputTail, runHost } from './host-process.js';
import type { ImporterOptions, ImportOutcome } from './import-result.js';
import { readDockerfile } from './read-dockerfile.js';
import { toTaskId, writeFileMap, writeTaskDir, type FileContent, type FileMap, type TaskDraft } from './write-task-dir.js';

/** Options of {@link importHarbor}. */
export interface HarborOptions extends ImporterOptions {
  /** Seconds `solution/solve.sh` may run at import time (default: the task's agent timeout, else 600). */
  solveTimeoutSec?: number;
}

/** Stands for the workspace's absolute path in converted test files until the grading command fills it in. */
export const WORKSPACE_PLACEHOLDER = '__BAROMETER_WORKSPACE__';
/** The grading wrapper, under `tests/`. */
export const HARBOR_RUNNER = '.barometer/run-harbor-tests.sh';
/** Where the reward ends up inside the workspace (Harbor: `/logs/verifier`). */
export const VERIFIER_DIR = '.harbor/verifier';

/**
 * The grading wrapper: it removes `.harbor/` (so a reward the agent left there, or a link it planted,
 * cannot count), writes the workspace's real path into the converted test files, runs
 * `bash tests/test.sh` and exits 0 only when the reward is 1 (`reward.txt`, or the `reward` key of
 * `reward.json`), whatever test.sh's own exit code.
 */
export function harborRunnerScript(): string {
  const [head, tail] = [WORKSPACE_PLACEHOLDER.slice(0, 12), WORKSPACE_PLACEHOLDER.slice(12)];
  return `#!/bin/sh
# Written by \`barometer tasks import harbor\`: runs the Harbor task's tests/test.sh in this workspace
# and turns the reward it writes into the exit code (reward 1 = exit 0 = pass).
W="$(pwd)"
P="${head}""${tail}"
rm -rf .harbor
mkdir -p ${VERIFIER_DIR} .harbor/agent
Wsed=$(printf '%s' "$W" | sed 's/[#&\\\\]/\\\\&/g')
find tests -type f ! -path 'tests/.barometer/*' -exec grep -l "$P" {} + 2>/dev/null | while IFS= read -r f; do
  sed "s#$P#$Wsed#g" "$f" > "$f.barometer-tmp" && cat "$f.barometer-tmp" > "$f" && rm -f "$f.barometer-tmp"
done
export TEST_DIR="$W/tests"
bash tests/test.sh
status=$?
reward=""
if [ -f ${VERIFIER_DIR}/reward.txt ]; then
  reward=$(head -n 1 ${VERIFIER_DIR}/reward.txt | tr -d ' \\t\\r\\n')
elif [ -f ${VERIFIER_DIR}/reward.json ]; then
  reward=$(tr -d '\\n' < ${VERIFIER_DIR}/reward.json | sed -n 's/.*"reward"[[:space:]]*:[[:space:]]*\\([-0-9.eE+]*\\).*/\\1/p')
fi
if [ -z "$reward" ]; then
  echo "barometer: tests/test.sh (exit $status) wrote no reward to /logs/verifier/reward.txt or reward.json" >&2
  exit 1
fi
if awk -v r="$reward" 'BEGIN { exit !(r + 0 == 1) }'; then
  echo "barometer: reward $reward: pass"
  exit 0
fi
echo "barometer: reward $reward: fail (tests/test.sh exit $status)" >&2
exit 1
`;
}

/** Replaces absolute container paths (`/app/x`, `/tests`) in a text, only where they start a path (not inside `/usr/app`). */
export function rewritePaths(text: string, map: readonly (readonly [from: string, to: string])[]): string {
  let out = text;
  for (const [from, to] of map) {
    const escaped = from.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
    out = out.replace(new RegExp(`(?<![\\w.~$/-])${escaped}(?=$|[/\\s"'\`;:)|&<>,\\]}])`, 'gm'), to);
  }
  return out;
}

/** The path map for the hidden tests: container paths → the placeholder the grading wrapper fills in. */
export function testPathMap(workdir: string): [string, string][] {
  return [
    ['/logs/verifier', `${WORKSPACE_PLACEHOLDER}/${VERIFIER_DIR}`],
    ['/logs/agent', `${WORKSPACE_PLACEHOLDER}/.harbor/agent`],
    ['/logs', `${WORKSPACE_PLACEHOLDER}/.harbor`],
    ['/tests', `${WORKSPACE_PLACEHOLDER}/tests`],
    [workdir, WORKSPACE_PLACEHOLDER],
  ];
}

/** Text (no NUL byte, valid UTF-8) — the only files whose paths are rewritten. */
function asText(data: Buffer): string | null {
  if (data.subarray(0, 8192).includes(0)) return null;
  const s = data.toString('utf8');
  return Buffer.from(s, 'utf8').equals(data) ? s : null;
}

/** A shell line that installs software (needs network and root in a container), or null. */
export function findInstallLine(script: string): string | null {
  const installs = [
    /\b(apt-get|apt|aptitude|apk|yum|dnf|zypper|brew)\s+(-\S+\s+)*(update|install|add|upgrade)\b/,
    /\bpip3?\s+install\b/,
    /\bpython3?\s+-m\s+pip\s+install\b/,
    /\buvx\b|\buv\s+(pip|sync|add|run|tool|venv|python)\b/,
    /\b(curl|wget)\b[^|#]*\|\s*(ba|z)?sh\b/,
    /\bnpm\s+(i|install|ci)\b|\byarn\s+(add|install)\b|\bpnpm\s+(add|install|i)\b/,
    /\bconda\s+(install|create)\b/,
    /\bcargo\s+install\b|\bgo\s+install\b|\bgem\s+install\b/,
  ];
  for (const raw of script.split('\n')) {
    const line = raw.replace(/(^|\s)#.*$/, '').trim();
    if (line !== '' && installs.some((re) => re.test(line))) return line.length > 80 ? `${line.slice(0, 77)}…` : line;
  }
  return null;
}

/** Reads a directory's files into a map (with permission bits, so scripts stay executable). */
function readTree(dir: string, files: readonly string[] = listFiles(dir)): FileMap {
  const map: FileMap = {};
  for (const rel of files) map[rel] = { content: readFileSync(join(dir, rel)), mode: statSync(join(dir, rel)).mode & 0o777 };
  return map;
}

/** The bytes of a file map entry. */
function bytesOf(c: FileContent): Buffer {
  if (typeof c === 'string') return Buffer.from(c, 'utf8');
  if (c instanceof Uint8Array) return Buffer.from(c);
  return Buffer.from(c.content);
}

/** The workspace the container's working directory would hold: environment files, as the Dockerfile copies them. */
function buildWorkspace(envDir: string): { workspace: FileMap; workdir: string } | { unsupported: string } {
  if (!existsSync(envDir)) return { workspace: {}, workdir: '/app' };
  for (const compose of ['docker-compose.yaml', 'docker-compose.yml', 'compose.yaml', 'compose.yml']) {
    if (existsSync(join(envDir, compose))) return { unsupported: `needs docker compose services (environment/${compose})` };
  }
  const context = listFiles(envDir).filter((f) => f !== 'Dockerfile' && f !== '.dockerignore');
  if (!existsSync(join(envDir, 'Dockerfile'))) return { workspace: readTree(envDir, context), workdir: '/app' };
  const read = readDockerfile(readFileSync(join(envDir, 'Dockerfile'), 'utf8'));
  if ('unsupported' in read) return read;
  const { workdir, copies } = read.plan;
  const workspace: FileMap = {};
  for (const copy of copies) {
    const destDir = copy.dest.endsWith('/') || copy.sources.length > 1;
    for (const source of copy.sources) {
      const src = posix.normalize(source).replace(/^\.?\/*/, '').replace(/\/$/, '');
      const matched = src === '' || src === '.' ? context : context.filter((f) => f === src || f.startsWith(`${src}/`));
      if (matched.length === 0) return { unsupported: `environment/Dockerfile line ${copy.line} copies ${source}, which is not in environment/` };
      const isDir = !(matched.length === 1 && matched[0] === src);
      for (const rel of matched) {
        const target = isDir ? posix.join(copy.dest, src === '' || src === '.' ? rel : rel.slice(src.length + 1)) : destDir ? posix.join(copy.dest, posix.basename(rel)) : copy.dest.replace(/\/$/, '');
        const inside = posix.relative(workdir, target);
        if (inside === '' || inside.startsWith('..') || posix.isAbsolute(inside)) {
          return { unsupported: `environment/Dockerfile line ${copy.line} copies files to ${posix.dirname(target)}, outside the working directory ${workdir}: needs a container image` };
        }
        workspace[inside] = readTree(envDir, [rel])[rel]!;
      }
    }
  }
  return { workspace, workdir };
}

/** A Harbor `task.toml`'s fields barometer reads (all optional). */
interface HarborManifest {
  metadata?: { difficulty?: unknown; category?: unknown; tags?: unknown; language?: unknown };
  task?: { name?: unknown; description?: unknown; keywords?: unknown };
  verifier?: { timeout_sec?: unknown };
  agent?: { timeout_sec?: unknown };
  environment?: { docker_image?: unknown };
}

const EXTENSION_LANGUAGES: Record<string, string> = { '.py': 'python', '.js': 'javascript', '.mjs': 'javascript', '.ts': 'typescript', '.go': 'go', '.rs': 'rust', '.c': 'c', '.cpp': 'cpp', '.java': 'java', '.rb': 'ruby', '.sh': 'bash' };

/** The task's language: `metadata.language`, else the commonest language among the solution's files, else `bash`. */
function languageOf(meta: HarborManifest, solution: FileMap): string {
  if (typeof meta.metadata?.language === 'string' && meta.metadata.language !== '') return meta.metadata.language.toLowerCase();
  const counts = new Map<string, number>();
  for (const p of Object.keys(solution)) {
    const lang = EXTENSION_LANGUAGES[posix.extname(p)];
    if (lang) counts.set(lang, (counts.get(lang) ?? 0) + 1);
  }
  return [...counts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? 'bash';
}

function stringList(v: unknown): string[] {
  return Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string' && x !== '') : [];
}

/**
 * Runs `solution/solve.sh` on a scratch copy of the workspace (container paths rewritten to the
 * scratch directories, the grader's scrubbed environment, a timeout) and returns the files it
 * created or changed — barometer's solution is an overlay of files, not a script.
 */
function solveToOverlay(taskDir: string, workspace: FileMap, workdir: string, timeoutSec: number): { solution: FileMap } | { skip: string } {
  const scratch = mkdtempSync(join(tmpdir(), 'barometer-harbor-solve-'));
  try {
    const work = join(scratch, 'work');
    const sol = join(scratch, 'solution');
    const home = join(scratch, 'home');
    for (const d of [work, sol, home, join(scratch, 'logs', 'agent'), join(scratch, 'logs', 'verifier')]) mkdirSync(d, { recursive: true });
    writeFileMap(work, workspace);
    const map: [string, string][] = [
      ['/solution', sol],
      ['/oracle', sol],
      ['/logs', join(scratch, 'logs')],
      [workdir, work],
    ];
    const solutionDir = join(taskDir, 'solution');
    const files = listFiles(solutionDir);
    const rewritten: FileMap = {};
    for (const rel of files) {
      const data = readFileSync(join(solutionDir, rel));
      const text = asText(data);
      rewritten[rel] = { content: text === null ? data : rewritePaths(text, map), mode: statSync(join(solutionDir, rel)).mode & 0o777 };
    }
    writeFileMap(sol, rewritten);
    const r = runHost(['bash', join(sol, 'solve.sh')], { cwd: work, env: hostEnv(home, { TMPDIR: home }), timeoutMs: timeoutSec * 1000 });
    if (r.failure !== null || r.code !== 0) {
      return { skip: `solution/solve.sh failed at import time (${r.failure ?? `exit ${r.code}`}): ${outputTail(r.stderr || r.stdout) || 'no output'}` };
    }
    const after = listFiles(work);
    const removed = Object.keys(workspace).filter((p) => !after.includes(p));
    if (removed.length > 0) return { skip: `solution/solve.sh deletes ${removed.slice(0, 3).join(', ')}, which a solution overlay cannot express` };
    const solution: FileMap = {};
    for (const rel of after) {
      const data = readFileSync(join(work, rel));
      const before = workspace[rel];
      if (before === undefined || !bytesOf(before).equals(data)) solution[rel] = { content: data, mode: statSync(join(work, rel)).mode & 0o777 };
    }
    if (Object.keys(solution).length === 0) {
      return { skip: `solution/solve.sh changed no file under ${workdir} (what it does elsewhere — packages, other directories — cannot be captured)` };
    }
    return { solution };
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

/** Converts one Harbor task directory into a draft, or says why it cannot be. */
export function harborToDraft(taskDir: string, options: HarborOptions = {}): { draft: TaskDraft } | { skip: string; id?: string } {
  const id = toTaskId(basename(taskDir));
  const has = (rel: string): boolean => existsSync(join(taskDir, rel));
  if (!has('instruction.md') && has('task.yaml')) return { id, skip: 'Terminal-Bench 1 layout (task.yaml): convert it to the Harbor layout first (Harbor ships an adapter)' };
  if (!has('instruction.md')) return { id, skip: 'not a Harbor task: no instruction.md' };
  let meta: HarborManifest = {};
  if (has('task.toml')) {
    try {
      meta = parseToml(readFileSync(join(taskDir, 'task.toml'), 'utf8')) as HarborManifest;
    } catch (err) {
      return { id, skip: `task.toml is not valid TOML: ${(err as Error).message.split('\n')[0]}` };
    }
  }
  if (typeof meta.environment?.docker_image === 'string' && meta.environment.docker_image !== '') {
    return { id, skip: `needs container image ${meta.environment.docker_image} (task.toml environment.docker_image)` };
  }
  if (!has('tests/test.sh')) return { id, skip: 'no tests/test.sh: nothing to grade with' };
  if (!has('solution/solve.sh')) return { id, skip: 'no solution/solve.sh: barometer needs a reference solution' };
  const built = buildWorkspace(join(taskDir, 'environment'));
  if ('unsupported' in built) return { id, skip: built.unsupported };
  const { workspace, workdir } = built;
  const testInstall = findInstallLine(readFileSync(join(taskDir, 'tests', 'test.sh'), 'utf8'));
  if (testInstall) return { id, skip: `tests/test.sh installs software when grading (${testInstall}): needs network access in a container image` };
  const solveInstall = findInstallLine(readFileSync(join(taskDir, 'solution', 'solve.sh'), 'utf8'));
  if (solveInstall) return { id, skip: `solution/solve.sh installs software (${solveInstall}): it would have to run in a container image` };

  const testsDir = join(taskDir, 'tests');
  const tests: FileMap = {};
  const pathMap = testPathMap(workdir);
  for (const rel of listFiles(testsDir, { ignore: (p) => p === '.barometer' || p.startsWith('.barometer/') })) {
    const data = readFileSync(join(testsDir, rel));
    const text = asText(data);
    tests[rel] = { content: text === null ? data : rewritePaths(text, pathMap), mode: statSync(join(testsDir, rel)).mode & 0o777 };
  }
  tests[HARBOR_RUNNER] = { content: harborRunnerScript(), mode: 0o755 };

  const num = (v: unknown): number | null => (typeof v === 'number' && Number.isFinite(v) && v > 0 ? v : null);
  const solved = solveToOverlay(taskDir, workspace, workdir, options.solveTimeoutSec ?? num(meta.agent?.timeout_sec) ?? 600);
  if ('skip' in solved) return { id, skip: solved.skip };

  const instruction = readFileSync(join(taskDir, 'instruction.md'), 'utf8');
  const described = typeof meta.task?.description === 'string' && meta.task.description.trim() !== '' ? meta.task.description.trim() : null;
  const heading = instruction.split('\n').map((l) => l.replace(/^#+\s*/, '').trim()).find((l) => l !== '') ?? id;
  const rawTitle = described ?? heading;
  const difficulty = typeof meta.metadata?.difficulty === 'string' && (DIFFICULTIES as readonly string[]).includes(meta.metadata.difficulty) ? (meta.metadata.difficulty as Difficulty) : 'medium';
  const draft: TaskDraft = {
    id,
    manifest: {
      title: rawTitle.length > 80 ? `${rawTitle.slice(0, 77)}…` : rawTitle,
      category: Object.keys(workspace).length > 0 ? 'repo' : 'generation',
      language: languageOf(meta, solved.solution),
      difficulty,
      tags: [...new Set(['harbor', ...stringList(meta.metadata?.tags), ...stringList(meta.task?.keywords)])],
      grading: { kind: 'tests', command: `sh tests/${HARBOR_RUNNER}`, timeout_sec: Math.min(3600, Math.ceil(num(meta.verifier?.timeout_sec) ?? 120)) },
      source: { format: 'harbor', id: typeof meta.task?.name === 'string' ? meta.task.name : basename(taskDir), workdir },
    },
    instruction: `${instruction.trim()}\n\n(\`${workdir}\` is the current working directory.)`,
    workspace,
    tests,
    solution: solved.solution,
  };
  return { draft };
}

/**
 * Imports Harbor (Terminal-Bench 2) task directories: `input` is a directory of tasks, or one task
 * (it holds `instruction.md`). Tasks that need no container image are converted (see
 * docs/importers.md); the others are skipped with the reason, e.g. "needs container image X".
 * `solution/solve.sh` is run on this machine at import time: import only tasks you trust.
 */
export async function importHarbor(input: string, outDir: string, options: HarborOptions = {}): Promise<ImportOutcome> {
  const root = resolve(input);
  const outcome: ImportOutcome = { imported: [], skipped: [] };
  const isTask = (d: string): boolean => ['instruction.md', 'task.toml', 'task.yaml'].some((f) => existsSync(join(d, f)));
  const dirs = isTask(root)
    ? [root]
    : readdirSync(root)
        .filter((n) => !n.startsWith('.') && statSync(join(root, n)).isDirectory() && join(root, n) !== resolve(outDir))
        .sort()
        .map((n) => join(root, n));
  const seen = new Set<string>();
  for (const dir of dirs) {
    if (options.signal?.aborted) break;
    await nextTick();
    const source = `${basename(dir)}/`;
    let conv: ReturnType<typeof harborToDraft>;
    try {
      conv = harborToDraft(dir, options);
    } catch (err) {
      conv = { skip: `could not convert: ${(err as Error).message}` };
    }
    if ('skip' in conv) {
      outcome.skipped.push({ source, id: conv.id ?? null, reason: conv.skip });
      continue;
    }
    if (seen.has(conv.draft.id)) {
      outcome.skipped.push({ source, id: conv.draft.id, reason: `duplicate task id "${conv.draft.id}"` });
      continue;
    }
    try {
      const written = writeTaskDir(outDir, conv.draft, options.force ? { force: true } : {});
      seen.add(conv.draft.id);
      outcome.imported.push({ id: conv.draft.id, dir: written, source });
    } catch (err) {
      outcome.skipped.push({ source, id: conv.draft.id, reason: `could not write the task: ${(err as Error).message}` });
    }
  }
  return outcome;
}


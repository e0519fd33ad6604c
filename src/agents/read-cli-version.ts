import { usageError } from '../core/errors.js';
import type { Sandbox, Workspace } from '../sandbox/sandbox.js';

/**
 * Runs an agent CLI's version command once, in a throwaway workspace, and returns the first
 * non-empty line it prints (null when it fails). A CLI that cannot be started at all is a usage
 * error naming `fix`, so a run stops before it starts instead of recording every attempt as an error.
 */
export async function readCliVersion(input: {
  agent: string;
  sandbox: Sandbox;
  argv: readonly string[];
  env: (ws: Workspace) => Record<string, string>;
  fix: string;
}): Promise<string | null> {
  const ws = await input.sandbox.createWorkspace(`${input.agent}-version`);
  try {
    const r = await input.sandbox.exec({ command: input.argv, cwd: ws.dir, env: input.env(ws), timeoutMs: 30_000, network: false });
    if (r.spawnError) throw usageError('CONFIG_INVALID', `agent "${input.agent}": cannot run ${input.argv[0]} (${r.spawnError}): ${input.fix}`);
    const line = `${r.stdout}\n${r.stderr}`.split('\n').map((l) => l.trim()).find((l) => l !== '');
    return r.exitCode === 0 && line ? line.slice(0, 200) : null;
  } finally {
    await ws.dispose();
  }
}

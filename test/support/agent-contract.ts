/**
 * The contract every agent adapter passes (DESIGN.md §8.3: one suite, run against every
 * implementation). A subject supplies scripted agents; the contract runs them on a real built-in
 * task (suites/builtin/gen-slugify) in a real ProcessSandbox and grades the workspace for real.
 *
 * @example
 * runAgentContract({ name: 'command', secret, solving: async () => ({ agent, close }), failing, hanging, cwdOf });
 */
import { test, describe, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, realpathSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AgentAdapter, AgentResult } from '../../src/agents/agent-adapter.js';
import { copyFiles } from '../../src/core/files.js';
import type { Task } from '../../src/core/task.js';
import { gradeWorkspace } from '../../src/grading/grade-workspace.js';
import { ProcessSandbox } from '../../src/sandbox/process/process-sandbox.js';
import type { Sandbox, Workspace } from '../../src/sandbox/sandbox.js';
import { loadTask } from '../../src/suites/load-task.js';
import { ROOT } from './cli.js';

/** An agent built for one contract case, and how to tear down what it needs (a fake server…). */
export interface ContractFixture {
  agent: AgentAdapter;
  close(): Promise<void>;
}

/** What each adapter's test supplies to the contract. */
export interface AgentContractSubject {
  name: string;
  /** A reason to skip the whole contract (e.g. the CLI is not installed), or false. */
  skip?: string | false;
  /** A value of the agent's `env` config that must never appear in a transcript or message. */
  secret: string;
  /**
   * An agent whose next attempt writes the task's reference solution. Where the agent can, it also
   * meets the secret on the way (echoes it, or the fake model says it) and shows its working dir.
   */
  solving(task: Task, sandbox: Sandbox): Promise<ContractFixture>;
  /** An agent whose next attempt meets an infrastructure failure (API down after retries, no binary…). */
  failing(task: Task, sandbox: Sandbox): Promise<ContractFixture>;
  /** An agent whose next attempt hangs until aborted. */
  hanging(task: Task, sandbox: Sandbox): Promise<ContractFixture>;
  /** The working directory the agent ran in, as its result shows it; null when it runs no process. */
  cwdOf(result: AgentResult, ws: Workspace): string | null;
}

/** The task every contract case runs. */
export const CONTRACT_TASK_DIR = join(ROOT, 'suites', 'builtin', 'gen-slugify');

/** Registers the contract's tests for one adapter. */
export function runAgentContract(subject: AgentContractSubject): void {
  describe(`agent contract: ${subject.name}`, { skip: subject.skip ?? false }, () => {
    const root = mkdtempSync(join(tmpdir(), `barometer-contract-${subject.name}-`));
    after(() => rmSync(root, { recursive: true, force: true }));
    const sandbox = new ProcessSandbox(root);
    const task = loadTask(CONTRACT_TASK_DIR);

    async function attempt(f: ContractFixture, signal = new AbortController().signal): Promise<{ r: AgentResult; ws: Workspace }> {
      const ws = await sandbox.createWorkspace(`contract-${subject.name}`);
      copyFiles(join(task.dir, 'workspace'), ws.dir, task.workspaceFiles);
      const r = await f.agent.attempt({ task, workspace: ws, date: '2026-12-04', trial: 1, sandbox, signal });
      return { r, ws };
    }

    test('describe returns provenance: version, model, a stable settings hash', async () => {
      const f = await subject.solving(task, sandbox);
      try {
        const info = await f.agent.describe('2026-12-04');
        assert.ok(info.version === null || (typeof info.version === 'string' && info.version.length > 0));
        assert.ok(info.model === null || typeof info.model === 'string');
        assert.match(info.settingsHash, /^[0-9a-f]{12}$/);
        assert.equal((await f.agent.describe('2026-12-04')).settingsHash, info.settingsHash);
        assert.equal(typeof f.agent.kind, 'string');
        assert.ok(!JSON.stringify(info).includes(subject.secret));
      } finally {
        await f.close();
      }
    });

    test('a correct scripted solution passes; the cwd is the workspace; no secret in the transcript', async () => {
      const f = await subject.solving(task, sandbox);
      try {
        const { r, ws } = await attempt(f);
        assert.equal(r.status, 'completed', `${r.message}\n${r.transcript}`);
        const grade = await gradeWorkspace(task, ws, sandbox);
        assert.equal(grade.outcome, 'pass', grade.testOutput ?? '');
        assert.ok(r.agentMs >= 0);
        assert.ok(r.usage.inputTokens >= 0 && r.usage.outputTokens >= 0);
        assert.ok(r.costUsd === null || r.costUsd >= 0);
        const cwd = subject.cwdOf(r, ws);
        if (cwd !== null) assert.equal(realpathSync(cwd), realpathSync(ws.dir));
        assert.ok(!(r.transcript ?? '').includes(subject.secret), 'the secret leaked into the transcript');
        assert.ok(!(r.message ?? '').includes(subject.secret));
        await ws.dispose();
      } finally {
        await f.close();
      }
    });

    test('an infrastructure failure is an error, never a completed attempt', async () => {
      const f = await subject.failing(task, sandbox);
      try {
        const { r, ws } = await attempt(f);
        assert.equal(r.status, 'error', r.transcript ?? '');
        assert.ok(typeof r.message === 'string' && r.message.length > 0);
        assert.ok(!r.message.includes(subject.secret) && !(r.transcript ?? '').includes(subject.secret));
        await ws.dispose();
      } finally {
        await f.close();
      }
    });

    test('an abort via the signal returns quickly', async () => {
      const f = await subject.hanging(task, sandbox);
      try {
        const ac = new AbortController();
        const timer = setTimeout(() => ac.abort(), 500);
        const t0 = performance.now();
        const { r, ws } = await attempt(f, ac.signal);
        clearTimeout(timer);
        const elapsed = performance.now() - t0;
        assert.ok(elapsed < 5000, `took ${elapsed} ms`);
        assert.equal(r.status, 'error');
        assert.equal(r.message, 'interrupted');
        await ws.dispose();
      } finally {
        await f.close();
      }
    });
  });
}

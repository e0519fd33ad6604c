import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Task } from '../core/task.js';
import { planAttempts, selectTasks } from './select-tasks.js';

function fakeTask(id: string): Task {
  return {
    id,
    title: id,
    category: 'generation',
    language: 'javascript',
    difficulty: 'medium',
    tags: [],
    instruction: 'x',
    dir: `/nowhere/${id}`,
    workspaceFiles: [],
    testFiles: ['t.mjs'],
    solutionFiles: ['s.mjs'],
    wrongFiles: [],
    grading: { kind: 'tests', command: 'true', timeoutSec: 1 },
    version: id.padEnd(12, '0').slice(0, 12),
  };
}

const tasks = Array.from({ length: 20 }, (_, i) => fakeTask(`task-${String(i).padStart(2, '0')}`)).reverse();
const ids = (ts: Task[]): string[] => ts.map((t) => t.id);

test('without perDay, or with perDay ≥ n, every task is selected in id order', () => {
  const sorted = [...ids(tasks)].sort();
  assert.deepEqual(ids(selectTasks(tasks, { date: '2026-01-01', seed: 0 })), sorted);
  assert.deepEqual(ids(selectTasks(tasks, { date: '2026-01-01', seed: 0, perDay: 20 })), sorted);
  assert.deepEqual(ids(selectTasks(tasks, { date: '2026-01-01', seed: 0, perDay: 99 })), sorted);
});

test('the same (seed, date) always gives the same tasks, in id order', () => {
  const a = ids(selectTasks(tasks, { date: '2026-03-05', seed: 7, perDay: 5 }));
  assert.equal(a.length, 5);
  assert.deepEqual([...a].sort(), a);
  assert.deepEqual(ids(selectTasks([...tasks].reverse(), { date: '2026-03-05', seed: 7, perDay: 5 })), a, 'input order does not matter');
  assert.equal(new Set(a).size, 5);
});

test('different dates rotate through the suite; different seeds differ', () => {
  const seen = new Set<string>();
  const picks: string[] = [];
  for (let d = 1; d <= 20; d++) {
    const date = `2026-04-${String(d).padStart(2, '0')}`;
    const pick = ids(selectTasks(tasks, { date, seed: 1, perDay: 5 })).join(',');
    picks.push(pick);
    for (const id of pick.split(',')) seen.add(id);
  }
  assert.ok(new Set(picks).size >= 15, `20 days should give mostly different picks, got ${new Set(picks).size}`);
  assert.equal(seen.size, 20, 'every task is picked at least once in 20 days');
  assert.notDeepEqual(
    ids(selectTasks(tasks, { date: '2026-04-01', seed: 1, perDay: 5 })),
    ids(selectTasks(tasks, { date: '2026-04-01', seed: 2, perDay: 5 })),
  );
});

test('selectTasks does not reorder the caller\'s array', () => {
  const input = [fakeTask('b'), fakeTask('a'), fakeTask('c')];
  selectTasks(input, { date: '2026-01-01', seed: 0, perDay: 2 });
  selectTasks(input, { date: '2026-01-01', seed: 0 });
  assert.deepEqual(ids(input), ['b', 'a', 'c']);
});

test('planAttempts lists every task × trials 1..k', () => {
  const ts = [fakeTask('a'), fakeTask('b')];
  assert.deepEqual(planAttempts(ts, 3), [
    { taskId: 'a', trial: 1 },
    { taskId: 'a', trial: 2 },
    { taskId: 'a', trial: 3 },
    { taskId: 'b', trial: 1 },
    { taskId: 'b', trial: 2 },
    { taskId: 'b', trial: 3 },
  ]);
  assert.deepEqual(planAttempts(ts, 1), [
    { taskId: 'a', trial: 1 },
    { taskId: 'b', trial: 1 },
  ]);
  assert.deepEqual(planAttempts([], 5), []);
});

import { addDays } from '../core/clock.js';
import type { Run } from '../core/run.js';
import type { DatedAttempt } from '../store/store.js';

/** Provenance fields whose changes can explain a change in an agent's results. */
export const PROVENANCE_FIELDS = ['agentVersion', 'requestedModel', 'reportedModel', 'settingsHash', 'systemPromptHash', 'suiteVersion', 'harnessVersion', 'agentKind'] as const;
export type ProvenanceField = (typeof PROVENANCE_FIELDS)[number];

/** One change of a provenance field between consecutive runs. */
export interface ProvenanceChange {
  field: ProvenanceField;
  from: string | null;
  to: string | null;
  /** Day of the first run with the new value. */
  date: string;
}

/** A pass-rate difference before and after the change day, for a task or a category. */
export interface Flip {
  key: string;
  before: number;
  after: number;
  difference: number;
  nBefore: number;
  nAfter: number;
}

/** What changed around an alarm: provenance, and the categories and tasks that moved most. */
export interface Attribution {
  /** Provenance changes from `windowDays` before the change day up to the alarm day. */
  changes: ProvenanceChange[];
  categories: Flip[];
  /** The tasks that moved most in the direction of the change (at most 10). */
  tasks: Flip[];
}

/** The most common reported model of each run. */
function reportedModels(attempts: readonly DatedAttempt[]): Map<string, string | null> {
  const counts = new Map<string, Map<string, number>>();
  for (const a of attempts) {
    if (!a.model) continue;
    const m = counts.get(a.runId) ?? new Map<string, number>();
    m.set(a.model, (m.get(a.model) ?? 0) + 1);
    counts.set(a.runId, m);
  }
  const out = new Map<string, string | null>();
  for (const [run, m] of counts) out.set(run, [...m.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]![0]);
  return out;
}

/** Every change of a provenance field between consecutive runs (by day, then start time). */
export function provenanceChanges(runs: readonly Run[], attempts: readonly DatedAttempt[]): ProvenanceChange[] {
  const models = reportedModels(attempts);
  const sorted = [...runs].sort((a, b) => a.date.localeCompare(b.date) || a.startedAt.localeCompare(b.startedAt));
  const value = (r: Run, f: ProvenanceField): string | null => (f === 'reportedModel' ? (models.get(r.id) ?? null) : (r[f] ?? null));
  const changes: ProvenanceChange[] = [];
  for (const field of PROVENANCE_FIELDS) {
    let prev: string | null | undefined;
    for (const r of sorted) {
      const v = value(r, field);
      if (field === 'reportedModel' && v === null) continue; // runs without reported models say nothing
      if (prev !== undefined && v !== prev) changes.push({ field, from: prev, to: v, date: r.date });
      prev = v;
    }
  }
  return changes.sort((a, b) => a.date.localeCompare(b.date) || a.field.localeCompare(b.field));
}

function flips(before: readonly DatedAttempt[], after: readonly DatedAttempt[], key: (a: DatedAttempt) => string): Flip[] {
  const tally = (xs: readonly DatedAttempt[]): Map<string, { n: number; p: number }> => {
    const m = new Map<string, { n: number; p: number }>();
    for (const a of xs) {
      if (a.outcome === 'error') continue;
      const t = m.get(key(a)) ?? { n: 0, p: 0 };
      t.n += 1;
      if (a.outcome === 'pass') t.p += 1;
      m.set(key(a), t);
    }
    return m;
  };
  const b = tally(before);
  const a = tally(after);
  const out: Flip[] = [];
  for (const [k, tb] of b) {
    const ta = a.get(k);
    if (!ta) continue;
    out.push({ key: k, before: tb.p / tb.n, after: ta.p / ta.n, difference: ta.p / ta.n - tb.p / tb.n, nBefore: tb.n, nAfter: ta.n });
  }
  return out;
}

/**
 * Explains a change: provenance changes from `windowDays` before `changeDate` to `alarmDate`, and the
 * categories and tasks whose pass rates moved most between `before` (usually the baseline) and the
 * attempts from `changeDate` on. `direction` −1 lists the biggest drops first, +1 the biggest gains.
 */
export function attributeChange(input: {
  runs: readonly Run[];
  attempts: readonly DatedAttempt[];
  before: readonly DatedAttempt[];
  changeDate: string;
  alarmDate: string;
  direction: -1 | 1;
  windowDays?: number;
}): Attribution {
  const from = addDays(input.changeDate, -(input.windowDays ?? 7));
  const changes = provenanceChanges(input.runs, input.attempts).filter((c) => c.date >= from && c.date <= input.alarmDate);
  const after = input.attempts.filter((a) => a.date >= input.changeDate);
  const order = (x: Flip, y: Flip): number => input.direction * (y.difference - x.difference) || x.key.localeCompare(y.key);
  const categories = flips(input.before, after, (a) => a.category).sort(order);
  const tasks = flips(input.before, after, (a) => a.taskId)
    .filter((f) => Math.sign(f.difference) === input.direction)
    .sort(order)
    .slice(0, 10);
  return { changes, categories, tasks };
}

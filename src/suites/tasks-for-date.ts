import type { Suite, Task } from '../core/task.js';
import { loadTemplate } from './templates/load-template.js';
import { materializeVariant } from './templates/materialize-variant.js';

/**
 * The tasks a suite offers on a day: its fixed tasks, then one fresh variant of each template with
 * the day as seed, written under `variantsDir` (deterministic: the same day always gives the same
 * variants, so a resumed run finds the tasks it planned).
 */
export async function tasksForDate(suite: Suite, date: string, variantsDir: string): Promise<Task[]> {
  const variants: Task[] = [];
  for (const t of suite.templates) variants.push(await materializeVariant(loadTemplate(t.dir), date, variantsDir));
  return [...suite.tasks, ...variants];
}

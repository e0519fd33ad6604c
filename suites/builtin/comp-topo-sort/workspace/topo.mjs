// Build-step ordering for the task runner.

export class CycleError extends Error {
  /** @param {string[]} remaining nodes that could not be ordered, in discovery order */
  constructor(remaining) {
    super(`dependency cycle among: ${remaining.join(', ')}`);
    this.name = 'CycleError';
    this.remaining = remaining;
  }
}

/**
 * Normalize the input into { nodes, deps }.
 *
 * `graph` maps each node to the list of nodes it depends on, as a plain object
 * or a Map. `nodes` lists every node in *discovery order*: the graph's own keys
 * in iteration order, followed by nodes that appear only as dependencies, in
 * the order they are first mentioned (scanning keys in order and each
 * dependency list left to right). `deps` maps every node to a Set of its
 * dependencies (duplicates removed; nodes that appear only as dependencies
 * have none).
 *
 * @param {Record<string, string[]> | Map<string, string[]>} graph
 */
export function normalize(graph) {
  const entries = graph instanceof Map ? [...graph.entries()] : Object.entries(graph);
  const deps = new Map();
  for (const [node, list] of entries) deps.set(node, new Set(list ?? []));
  const nodes = [...deps.keys()];
  for (const [, list] of entries) {
    for (const dep of list ?? []) {
      if (!deps.has(dep)) {
        deps.set(dep, new Set());
        nodes.push(dep);
      }
    }
  }
  return { nodes, deps };
}

/**
 * Order the nodes so that every node comes after all of its dependencies.
 *
 * The result is deterministic: whenever several nodes are ready (all of their
 * dependencies already placed), the next one placed is the ready node that
 * comes FIRST IN DISCOVERY ORDER - not the one that became ready first.
 *
 * Example: { c: ['a'], a: [], b: [] } has discovery order c, a, b. At first
 * a and b are ready; a is placed. That makes c ready, and c comes before b in
 * discovery order, so the result is a, c, b (not a, b, c).
 *
 * A node that depends on itself, or any cycle, makes ordering impossible:
 * then throw a CycleError listing every node that could not be placed, in
 * discovery order.
 *
 * @param {Record<string, string[]> | Map<string, string[]>} graph
 * @returns {string[]}
 */
export function topoSort(graph) {
  const { nodes, deps } = normalize(graph);
  // TODO: implement the ordering described above.
  return nodes;
}

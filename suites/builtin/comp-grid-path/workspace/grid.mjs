// Text-map helpers.

/**
 * Parse a map made of '#', '.', 'S', 'G' lines.
 * @returns {{ rows: number, cols: number, cells: string[], start: [number, number], goal: [number, number] }}
 */
export function parseGrid(text) {
  const cells = text.trim().split('\n').map((l) => l.trim());
  const cols = cells[0].length;
  let start = null;
  let goal = null;
  cells.forEach((line, r) => {
    if (line.length !== cols) throw new SyntaxError(`row ${r} has length ${line.length}, expected ${cols}`);
    for (let c = 0; c < cols; c++) {
      if (!'#.SG'.includes(line[c])) throw new SyntaxError(`bad cell ${line[c]} at ${r},${c}`);
      if (line[c] === 'S') start = [r, c];
      if (line[c] === 'G') goal = [r, c];
    }
  });
  if (!start || !goal) throw new SyntaxError('map needs S and G');
  return { rows: cells.length, cols, cells, start, goal };
}

const DIRS = [[-1, 0], [0, 1], [1, 0], [0, -1]]; // up, right, down, left

/** Open cells next to `cell`, in the order up, right, down, left. */
export function neighbors(grid, [r, c]) {
  const out = [];
  for (const [dr, dc] of DIRS) {
    const nr = r + dr;
    const nc = c + dc;
    if (nr < 0 || nc < 0 || nr >= grid.rows || nc >= grid.cols) continue;
    if (grid.cells[nr][nc] !== '#') out.push([nr, nc]);
  }
  return out;
}

/**
 * Shortest path from grid.start to grid.goal (BFS, visited-on-enqueue, neighbours in
 * neighbors() order). Returns [[row, col], ...] from start to goal, or null.
 */
export function shortestPath(grid) {
  // TODO: implement as documented above.
  throw new Error('not implemented');
}

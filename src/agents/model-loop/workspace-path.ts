import { existsSync, realpathSync } from 'node:fs';
import { dirname, isAbsolute, relative, resolve } from 'node:path';

/**
 * Resolves a path the model gave against the workspace and refuses anything outside it: `..`
 * escapes, absolute paths elsewhere, and symlinks that lead out (checked on the nearest existing
 * ancestor). Returns the absolute path, or throws an Error whose message can go back to the model.
 */
export function resolveInWorkspace(workspaceDir: string, path: string): string {
  if (typeof path !== 'string' || path.trim() === '') throw new Error('path must be a non-empty string');
  if (path.includes('\0')) throw new Error('path contains a NUL byte');
  const root = realpathSync(workspaceDir);
  const abs = resolve(workspaceDir, path);
  const inside = (p: string, base: string): boolean => {
    const rel = relative(base, p);
    return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
  };
  if (!inside(abs, workspaceDir) && !inside(abs, root)) throw new Error(`path "${path}" is outside the workspace`);
  let probe = abs;
  while (!existsSync(probe) && dirname(probe) !== probe) probe = dirname(probe);
  if (!inside(realpathSync(probe), root)) throw new Error(`path "${path}" leads outside the workspace`);
  return abs;
}

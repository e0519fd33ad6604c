import { copyFileSync, mkdirSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { createHash } from 'node:crypto';

/** Relative paths (with `/`) of every regular file under `dir`, sorted; [] when `dir` is absent. */
export function listFiles(dir: string, options: { ignore?: (relPath: string) => boolean } = {}): string[] {
  const out: string[] = [];
  const walk = (d: string): void => {
    let names: string[];
    try {
      names = readdirSync(d);
    } catch {
      return;
    }
    for (const name of names) {
      const abs = join(d, name);
      const rel = relative(dir, abs).split(sep).join('/');
      if (options.ignore?.(rel)) continue;
      const st = statSync(abs, { throwIfNoEntry: false });
      if (!st) continue;
      if (st.isDirectory()) walk(abs);
      else if (st.isFile()) out.push(rel);
    }
  };
  walk(dir);
  return out.sort();
}

/** Copies the given relative files from `fromDir` to `toDir`, creating folders, overwriting files. */
export function copyFiles(fromDir: string, toDir: string, files: readonly string[]): void {
  for (const rel of files) {
    const target = join(toDir, rel);
    mkdirSync(dirname(target), { recursive: true });
    copyFileSync(join(fromDir, rel), target);
  }
}

/** Hex SHA-256 over the relative paths and contents of the given files: a content hash of a tree. */
export function hashFiles(dir: string, files: readonly string[]): string {
  const h = createHash('sha256');
  for (const rel of files) {
    const data = readFileSync(join(dir, rel));
    h.update(`${rel}\u0000${data.byteLength}\u0000`);
    h.update(data);
  }
  return h.digest('hex');
}

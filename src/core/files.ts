import { copyFileSync, lstatSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
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

/**
 * Copies files into a directory that untrusted code has written to (an agent's workspace) without
 * ever following a link it planted: any symlink (or non-folder) on the way to a target is removed
 * first, and so is a symlink at the target itself. The files land inside `toDir`, always.
 */
export function copyFilesNoFollow(fromDir: string, toDir: string, files: readonly string[]): void {
  for (const rel of files) {
    const parts = rel.split('/');
    let dir = toDir;
    for (const part of parts.slice(0, -1)) {
      dir = join(dir, part);
      const st = lstatSync(dir, { throwIfNoEntry: false });
      if (st && !st.isDirectory()) rmSync(dir, { force: true, recursive: true }); // a symlink or a file in the way
      if (!st || !st.isDirectory()) mkdirSync(dir);
    }
    const target = join(toDir, rel);
    const st = lstatSync(target, { throwIfNoEntry: false });
    if (st && !st.isFile()) rmSync(target, { force: true, recursive: true });
    else if (st) rmSync(target, { force: true });
    copyFileSync(join(fromDir, rel), target);
  }
}

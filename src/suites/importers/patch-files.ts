/** One file touched by a git-style unified diff. */
export interface PatchFile {
  /** Path after the change (null when the file is deleted). */
  path: string | null;
  /** Path before the change (null when the file is created). */
  oldPath: string | null;
}

/** Undoes git's C-style quoting of a path (`"a/sp\\303\\251cial name"`). */
function unquoteGitPath(raw: string): string {
  if (!raw.startsWith('"')) return raw;
  const body = raw.slice(1, raw.lastIndexOf('"'));
  const bytes: number[] = [];
  for (let i = 0; i < body.length; i++) {
    const c = body[i]!;
    if (c !== '\\') {
      bytes.push(...Buffer.from(c, 'utf8'));
      continue;
    }
    const next = body[++i] ?? '';
    if (/[0-7]/.test(next)) {
      bytes.push(parseInt(body.slice(i, i + 3), 8));
      i += 2;
    } else bytes.push(({ n: 10, t: 9, r: 13, '"': 34, '\\': 92 } as Record<string, number>)[next] ?? next.charCodeAt(0));
  }
  return Buffer.from(bytes).toString('utf8');
}

/** `a/src/x.py` (or `b/…`) → `src/x.py`; `/dev/null` → null. Trailing tab-separated timestamps are dropped. */
function diffSidePath(raw: string, prefix: 'a/' | 'b/'): string | null {
  const p = unquoteGitPath(raw.replace(/\t.*$/, '').trim());
  if (p === '/dev/null') return null;
  return p.startsWith(prefix) ? p.slice(prefix.length) : p;
}

/**
 * The files a git diff touches, in order: created files have no `oldPath`, deleted ones no `path`,
 * renames have both. Only the headers of each `diff --git` section are read (never hunk lines, which
 * may themselves start with `---`).
 */
export function patchFiles(patch: string): PatchFile[] {
  const out: PatchFile[] = [];
  const sections = patch.replace(/\r\n/g, '\n').split(/^(?=diff --git )/m).filter((s) => s.startsWith('diff --git '));
  for (const section of sections) {
    const lines = section.split('\n');
    let oldPath: string | null | undefined;
    let newPath: string | null | undefined;
    let created = false;
    let deleted = false;
    for (const line of lines.slice(1)) {
      if (line.startsWith('@@') || line.startsWith('GIT binary patch') || line.startsWith('Binary files ')) break;
      if (line.startsWith('--- ')) oldPath = diffSidePath(line.slice(4), 'a/');
      else if (line.startsWith('+++ ')) newPath = diffSidePath(line.slice(4), 'b/');
      else if (line.startsWith('rename from ')) oldPath = unquoteGitPath(line.slice('rename from '.length));
      else if (line.startsWith('rename to ')) newPath = unquoteGitPath(line.slice('rename to '.length));
      else if (line.startsWith('new file mode')) created = true;
      else if (line.startsWith('deleted file mode')) deleted = true;
    }
    if (oldPath === undefined || newPath === undefined) {
      // Mode-only or binary change without ---/+++ lines: take the paths from the header.
      const m = /^diff --git (?:"?a\/)(.+?)"? (?:"?b\/)(.+?)"?$/.exec(lines[0]!);
      if (oldPath === undefined) oldPath = m ? m[1]! : null;
      if (newPath === undefined) newPath = m ? m[2]! : null;
    }
    out.push({ path: deleted ? null : newPath, oldPath: created ? null : oldPath });
  }
  return out;
}

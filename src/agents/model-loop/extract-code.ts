import type { Task } from '../../core/task.js';

/** A fenced code block of a reply. */
export interface FencedBlock {
  /** The info string after the opening fence (e.g. `js title=add.mjs`). */
  info: string;
  body: string;
  /** The file the block names (info string or first-line marker), or null. */
  file: string | null;
}

/** What single-shot mode takes from a reply. */
export interface Extraction {
  files: { path: string; content: string }[];
  /** For answer-key tasks: the answer written to the answer file, or null when none was found. */
  answer: string | null;
  /** How the files and answer were found (kept in the transcript). */
  notes: string[];
}

const PATH_TOKEN = /^[A-Za-z0-9_@][\w@.+-]*(?:\/[\w@.+-]+)*\.[A-Za-z0-9]+$/;
const KEYED = /^(?:title|file|filename|path|name)=("[^"]*"|'[^']*'|\S+)$/i;
const MARKER = /^\s*(?:\/\/|#|--|;|%|<!--|\/\*)\s*(?:file(?:name)?|path)\s*:\s*(\S+?)\s*(?:-->|\*\/)?\s*$/i;
const ANSWER_LINE = /^\s*[*_]*\s*(?:final\s+)?answer\s*[*_]*\s*:\s*(.+?)\s*$/i;

function fileFromInfo(info: string): string | null {
  const tokens = info.trim().split(/\s+/).filter((t) => t !== '');
  for (const t of tokens) {
    const k = KEYED.exec(t);
    if (k) return k[1]!.replace(/^["']|["']$/g, '');
  }
  for (const t of tokens) {
    const bare = t.replace(/^[A-Za-z0-9]+:(?=\S)/, ''); // `js:add.mjs`
    if (PATH_TOKEN.test(bare)) return bare;
  }
  return null;
}

/** Every fenced code block (``` or ~~~, three or more) of `text`, with the file it names. */
export function parseFencedBlocks(text: string): FencedBlock[] {
  const lines = text.split(/\r?\n/);
  const blocks: FencedBlock[] = [];
  for (let i = 0; i < lines.length; i++) {
    const open = /^\s{0,3}(`{3,}|~{3,})(.*)$/.exec(lines[i]!);
    if (!open) continue;
    const fence = open[1]!;
    const info = open[2]!.trim();
    if (fence[0] === '`' && info.includes('`')) continue;
    const body: string[] = [];
    let j = i + 1;
    for (; j < lines.length; j++) {
      const close = /^\s{0,3}(`{3,}|~{3,})\s*$/.exec(lines[j]!);
      if (close && close[1]![0] === fence[0] && close[1]!.length >= fence.length) break;
      body.push(lines[j]!);
    }
    let file = fileFromInfo(info);
    if (file === null && body.length > 0) {
      const m = MARKER.exec(body[0]!);
      if (m) {
        file = m[1]!;
        body.shift();
      }
    }
    const content = body.join('\n');
    blocks.push({ info, body: content.length > 0 ? `${content}\n` : '', file });
    i = j;
  }
  return blocks;
}

/** The file names written in backticks in an instruction (`slugify.mjs`), unique, in order. */
export function filesNamedIn(instruction: string): string[] {
  const out: string[] = [];
  for (const m of instruction.matchAll(/`([^`\s]+)`/g)) {
    const name = m[1]!.replace(/^\.\//, '');
    if (PATH_TOKEN.test(name) && !out.includes(name)) out.push(name);
  }
  return out;
}

function cleanAnswer(s: string): string {
  let out = s.trim();
  for (let prev = ''; prev !== out; ) {
    prev = out;
    out = out.replace(/^[`*_"']+|[`*_"']+$/g, '').replace(/\.$/, '').trim();
  }
  return out;
}

/**
 * Takes the files (and, for answer-key tasks, the answer) out of a single-shot reply. The rules, in
 * order (docs/agents.md repeats them):
 * 1. A fenced block names its file in the info string (```js title=add.mjs, file=…, filename=…,
 *    path=…, or a bare path token such as ```add.mjs or ```js src/add.mjs), or on its first line
 *    (`// file: add.mjs`, `# file: x.py`, `<!-- file: x.html -->`; that line is dropped). Every
 *    such block is written to its file; a later block for the same file wins.
 * 2. When no block names a file, the longest unnamed block goes to the task's only workspace file,
 *    else to the only file the instruction names in backticks; otherwise nothing is written.
 * 3. Answer-key tasks: the block named after the answer file, else the last `ANSWER: …` line, else
 *    the whole reply when it is a single line without a fence. The answer is trimmed of quotes,
 *    backticks, emphasis and a final period, and written with a trailing newline.
 */
export function extractFromReply(reply: string, task: Pick<Task, 'instruction' | 'workspaceFiles' | 'grading'>): Extraction {
  const notes: string[] = [];
  const blocks = parseFencedBlocks(reply);
  const answerFile = task.grading.kind === 'answer' ? task.grading.file : null;
  const files = new Map<string, string>();
  for (const b of blocks) if (b.file !== null) files.set(b.file.replace(/^\.\//, ''), b.body);
  if (files.size > 0) notes.push(`files named in the reply: ${[...files.keys()].join(', ')}`);
  let answer: string | null = null;
  if (answerFile !== null) {
    const named = files.get(answerFile);
    if (named !== undefined) {
      answer = cleanAnswer(named);
      files.delete(answerFile);
      notes.push(`answer from the block named ${answerFile}`);
    } else {
      const lines = reply.split(/\r?\n/);
      for (let i = lines.length - 1; i >= 0 && answer === null; i--) {
        const m = ANSWER_LINE.exec(lines[i]!);
        if (m) answer = cleanAnswer(m[1]!);
      }
      if (answer !== null) notes.push('answer from an ANSWER: line');
      else if (!reply.includes('```') && reply.trim() !== '' && !reply.trim().includes('\n')) {
        answer = cleanAnswer(reply);
        notes.push('answer: the whole one-line reply');
      } else notes.push('no answer found');
    }
  } else if (files.size === 0) {
    const unnamed = blocks.filter((b) => b.file === null);
    const target = task.workspaceFiles.length === 1 ? task.workspaceFiles[0]! : filesNamedIn(task.instruction).length === 1 ? filesNamedIn(task.instruction)[0]! : null;
    if (unnamed.length === 0) notes.push('no code block in the reply');
    else if (target === null) notes.push('code blocks name no file and the task has no single target file');
    else {
      const longest = unnamed.reduce((a, b) => (b.body.length > a.body.length ? b : a));
      files.set(target, longest.body);
      notes.push(`longest unnamed block → ${target} (the task's single ${task.workspaceFiles.length === 1 ? 'workspace file' : 'named file'})`);
    }
  }
  return { files: [...files].map(([path, content]) => ({ path, content })), answer, notes };
}

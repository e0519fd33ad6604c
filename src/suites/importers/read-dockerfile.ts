import { posix } from 'node:path';

/** A `COPY`/`ADD` of build-context files: sources relative to the context, destination inside the container. */
export interface DockerCopy {
  sources: string[];
  dest: string;
  /** 1-based line of the instruction. */
  line: number;
}

/** What a Dockerfile asks for, when barometer can emulate it without building an image. */
export interface DockerfilePlan {
  /** The base image of the single `FROM`. */
  image: string;
  /** The final `WORKDIR` (default `/app`, the Harbor convention, when none is set). */
  workdir: string;
  copies: DockerCopy[];
}

/**
 * Official images whose contents barometer takes to be "the host's usual tools": a task built on
 * one of them, with no build steps, runs with the machine's own shell, python3 and node instead.
 */
export const STOCK_IMAGES = ['ubuntu', 'debian', 'alpine', 'busybox', 'bash', 'python', 'node', 'buildpack-deps'] as const;

/** Instructions that change nothing in the file system the agent sees. */
const HARMLESS = new Set(['LABEL', 'MAINTAINER', 'EXPOSE', 'CMD', 'ENTRYPOINT', 'STOPSIGNAL', 'HEALTHCHECK', 'USER', 'ARG']);

/** Whether `image` (e.g. `python:3.12-slim`, `docker.io/library/ubuntu:24.04`) is one of {@link STOCK_IMAGES}. */
export function isStockImage(image: string): boolean {
  const m = /^(?:(?:docker\.io|index\.docker\.io)\/)?(?:library\/)?([a-z0-9._-]+)(?::[\w.-]+)?(?:@sha256:[0-9a-f]{64})?$/.exec(image);
  return m !== null && (STOCK_IMAGES as readonly string[]).includes(m[1]!);
}

/** Splits an instruction's arguments: the JSON array form (`["a", "b"]`) or whitespace-separated words. */
function words(args: string): string[] {
  const t = args.trim();
  if (t.startsWith('[')) {
    try {
      const v = JSON.parse(t) as unknown;
      if (Array.isArray(v) && v.every((x) => typeof x === 'string')) return v as string[];
    } catch {
      // fall through to plain words
    }
  }
  return t.split(/\s+/).filter((w) => w !== '');
}

/**
 * Reads a Dockerfile and returns what barometer can emulate — a single stock `FROM`, `WORKDIR`, and
 * `COPY`/`ADD` of local files — or the reason it cannot (a `RUN` build step, `ENV`, a custom base
 * image, a multi-stage build, a URL source…), naming the line.
 */
export function readDockerfile(text: string): { plan: DockerfilePlan } | { unsupported: string } {
  const physical = text.replace(/\r\n/g, '\n').split('\n');
  let image: string | null = null;
  let workdir = '/app';
  const copies: DockerCopy[] = [];
  for (let i = 0; i < physical.length; i++) {
    const line = i + 1;
    let instr = physical[i]!.trim();
    if (instr === '' || instr.startsWith('#')) continue;
    while (instr.endsWith('\\') && i + 1 < physical.length) {
      instr = `${instr.slice(0, -1).trimEnd()} ${physical[++i]!.trim()}`;
    }
    const m = /^([A-Za-z]+)\s*(.*)$/.exec(instr);
    if (!m) return { unsupported: `environment/Dockerfile line ${line} is not an instruction` };
    const keyword = m[1]!.toUpperCase();
    const args = m[2]!;
    const short = instr.length > 70 ? `${instr.slice(0, 67)}…` : instr;
    if (keyword === 'FROM') {
      if (image !== null) return { unsupported: `needs a container image built in stages (environment/Dockerfile line ${line}: ${short})` };
      const w = words(args).filter((x) => !x.startsWith('--'));
      image = w[0] ?? '';
      if (!isStockImage(image)) return { unsupported: `needs container image ${image} (only stock ${STOCK_IMAGES.join('/')} images without build steps are converted)` };
    } else if (keyword === 'WORKDIR') {
      workdir = posix.resolve(workdir, args.trim());
    } else if (keyword === 'COPY' || keyword === 'ADD') {
      const w = words(args);
      const flags = w.filter((x) => x.startsWith('--'));
      if (flags.some((f) => f.startsWith('--from'))) return { unsupported: `needs a container image built in stages (environment/Dockerfile line ${line}: ${short})` };
      const rest = w.filter((x) => !x.startsWith('--'));
      if (rest.length < 2) return { unsupported: `environment/Dockerfile line ${line}: ${keyword} needs a source and a destination` };
      const sources = rest.slice(0, -1);
      const dest = rest[rest.length - 1]!;
      if (sources.some((s) => /^[a-z]+:\/\//i.test(s) || /[*?[]/.test(s))) return { unsupported: `needs container image built from environment/Dockerfile (line ${line} copies a URL or a wildcard: ${short})` };
      if (keyword === 'ADD' && sources.some((s) => /\.(tar|tgz|tar\.\w+)$/.test(s))) return { unsupported: `needs container image built from environment/Dockerfile (line ${line} unpacks an archive: ${short})` };
      copies.push({ sources, dest: posix.resolve(workdir, dest) + (dest.endsWith('/') ? '/' : ''), line });
    } else if (!HARMLESS.has(keyword)) {
      return { unsupported: `needs container image built from environment/Dockerfile (line ${line}: ${short})` };
    }
  }
  if (image === null) return { unsupported: 'environment/Dockerfile has no FROM' };
  if (workdir === '/') return { unsupported: 'the working directory is / (WORKDIR /): barometer needs a project directory to stand in for it' };
  return { plan: { image, workdir, copies } };
}

import { dirname } from 'node:path';
import type { Workspace } from './sandbox.js';

/**
 * An environment built from scratch for code under test: a PATH that finds node and the system
 * tools, a private HOME and TMPDIR inside the workspace tree, UTF-8 and UTC. Nothing is copied from
 * barometer's own environment, so API keys and user secrets cannot reach the tests.
 */
export function cleanEnv(ws: Pick<Workspace, 'home' | 'root'>, extra: Record<string, string> = {}): Record<string, string> {
  const nodeDir = dirname(process.execPath);
  return {
    PATH: [nodeDir, '/usr/local/sbin', '/usr/local/bin', '/usr/sbin', '/usr/bin', '/sbin', '/bin'].join(':'),
    HOME: ws.home,
    TMPDIR: `${ws.root}/tmp`,
    LANG: 'C.UTF-8',
    LC_ALL: 'C.UTF-8',
    TZ: 'UTC',
    NO_COLOR: '1',
    CI: '1',
    PYTHONDONTWRITEBYTECODE: '1',
    ...extra,
  };
}

import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { validateTask } from '../../grading/validate-task.js';
import { ProcessSandbox } from '../../sandbox/process/process-sandbox.js';
import { loadSuite } from '../load-suite.js';
import { loadTask } from '../load-task.js';
import { findInstallLine, HARBOR_RUNNER, importHarbor, rewritePaths, testPathMap, WORKSPACE_PLACEHOLDER } from './harbor-importer.js';
import { isStockImage, readDockerfile } from './read-dockerfile.js';

const root = mkdtempSync(join(tmpdir(), 'barometer-harbor-test-'));
after(() => rmSync(root, { recursive: true, force: true }));
const sandbox = new ProcessSandbox();

/** Writes a Harbor-style task (written for this test) under `<root>/<suite>/<name>`. */
function harborTask(suite: string, name: string, files: Record<string, string>): string {
  const dir = join(root, suite, name);
  for (const [rel, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, rel)), { recursive: true });
    writeFileSync(join(dir, rel), text);
  }
  return dir;
}

const TEST_SH_TXT = '#!/bin/bash\nmkdir -p /logs/verifier\nif python3 /tests/test_outputs.py; then\n  echo 1 > /logs/verifier/reward.txt\nelse\n  echo 0 > /logs/verifier/reward.txt\nfi\n';
const sumAmounts = {
  'instruction.md': '# Sum the amounts\n\nSum the `amount` column of `/app/data.csv` and write the total (an integer) to `/app/total.txt`.\n',
  'task.toml': 'version = "1.0"\n\n[metadata]\ndifficulty = "easy"\ncategory = "data"\ntags = ["csv"]\n\n[verifier]\ntimeout_sec = 60.0\n\n[agent]\ntimeout_sec = 120.0\n\n[environment]\ncpus = 1\n',
  'environment/Dockerfile': 'FROM python:3.12-slim\n\nWORKDIR /app\nCOPY data.csv /app/data.csv\nCMD ["bash"]\n',
  'environment/data.csv': 'name,amount\na,10\nb,20\nc,30\n',
  'solution/solve.sh': "#!/bin/bash\nset -e\ncd /app\npython3 - <<'PY'\nimport csv\nrows = list(csv.DictReader(open('/app/data.csv')))\nopen('/app/total.txt', 'w').write(str(sum(int(r['amount']) for r in rows)) + '\\n')\nPY\n",
  'tests/test.sh': TEST_SH_TXT,
  'tests/test_outputs.py': "from pathlib import Path\n\nassert Path('/app/total.txt').read_text().strip() == '60'\n",
};
const helloJson = {
  'instruction.md': 'Write `Hello, world!` to `hello.txt` in the current directory.\n',
  'task.toml': 'version = "1.0"\n[verifier]\ntimeout_sec = 30.0\n',
  'solution/solve.sh': "#!/bin/bash\necho 'Hello, world!' > hello.txt\n",
  // Exits 0 whatever happens: only the reward decides.
  'tests/test.sh': '#!/bin/bash\nmkdir -p /logs/verifier\nif grep -qx "Hello, world!" /app/hello.txt 2>/dev/null; then r=1.0; else r=0.0; fi\necho "{\\"reward\\": $r}" > /logs/verifier/reward.json\nexit 0\n',
};

test('readDockerfile: stock image + WORKDIR + COPY is emulated; build steps, ENV and custom images are not', () => {
  assert.deepEqual(readDockerfile('FROM ubuntu:24.04\nWORKDIR /app\nCOPY src/ ./src/\nCOPY ["a b.txt", "/app/"]\n'), {
    plan: { image: 'ubuntu:24.04', workdir: '/app', copies: [{ sources: ['src/'], dest: '/app/src/', line: 3 }, { sources: ['a b.txt'], dest: '/app/', line: 4 }] },
  });
  assert.match((readDockerfile('FROM ubuntu:24.04\nRUN apt-get update && \\\n    apt-get install -y jq\n') as { unsupported: string }).unsupported, /needs container image built from environment\/Dockerfile \(line 2: RUN apt-get update && apt-get install -y jq\)/);
  assert.match((readDockerfile('FROM ghcr.io/acme/tools:1.2\n') as { unsupported: string }).unsupported, /^needs container image ghcr.io\/acme\/tools:1.2/);
  assert.match((readDockerfile('FROM python:3.12\nENV A=1\n') as { unsupported: string }).unsupported, /line 2: ENV A=1/);
  assert.match((readDockerfile('FROM python:3.12 AS b\nFROM python:3.12\nCOPY --from=b /x /app/x\n') as { unsupported: string }).unsupported, /built in stages/);
  assert.ok(isStockImage('docker.io/library/debian:bookworm-slim'));
  assert.ok(!isStockImage('acme/python:3'));
});

test('rewritePaths and findInstallLine', () => {
  assert.equal(
    rewritePaths("cat /app/x.txt /usr/app/y; cd /app && python3 /tests/t.py > /logs/verifier/reward.txt; p='/app'", testPathMap('/app')),
    `cat ${WORKSPACE_PLACEHOLDER}/x.txt /usr/app/y; cd ${WORKSPACE_PLACEHOLDER} && python3 ${WORKSPACE_PLACEHOLDER}/tests/t.py > ${WORKSPACE_PLACEHOLDER}/.harbor/verifier/reward.txt; p='${WORKSPACE_PLACEHOLDER}'`,
  );
  assert.equal(findInstallLine('#!/bin/bash\n# apt-get install is mentioned in a comment\napt-get update\n'), 'apt-get update');
  assert.equal(findInstallLine('curl -LsSf https://astral.sh/uv/install.sh | sh\n'), 'curl -LsSf https://astral.sh/uv/install.sh | sh');
  assert.equal(findInstallLine('uvx -p 3.13 -w pytest pytest /tests/test_outputs.py\n'), 'uvx -p 3.13 -w pytest pytest /tests/test_outputs.py');
  assert.equal(findInstallLine('python3 -m pytest /tests\n'), null);
});

test('converts container-free Harbor tasks into tasks that validate, and reports the others with a reason', async () => {
  harborTask('suite', 'sum-amounts', sumAmounts);
  harborTask('suite', 'hello-json', helloJson);
  harborTask('suite', 'needs-build', { ...helloJson, 'environment/Dockerfile': 'FROM ubuntu:24.04\nRUN apt-get update && apt-get install -y jq\nWORKDIR /app\n' });
  harborTask('suite', 'custom-image', { ...helloJson, 'environment/Dockerfile': 'FROM ghcr.io/acme/tools:1.2\nWORKDIR /app\n' });
  harborTask('suite', 'prebuilt-image', { ...helloJson, 'task.toml': '[environment]\ndocker_image = "acme/task:3"\n' });
  harborTask('suite', 'uv-tests', { ...helloJson, 'tests/test.sh': 'curl -LsSf https://astral.sh/uv/0.9.5/install.sh | sh\nuvx pytest /tests/test_outputs.py\n' });
  harborTask('suite', 'compose', { ...helloJson, 'environment/docker-compose.yaml': 'services: {}\n' });
  harborTask('suite', 'solve-fails', { ...helloJson, 'solution/solve.sh': '#!/bin/bash\necho broken >&2\nexit 3\n' });
  harborTask('suite', 'tb1', { 'task.yaml': 'instruction: do it\n' });
  harborTask('suite', 'no-solution', { 'instruction.md': 'x', 'tests/test.sh': TEST_SH_TXT });

  const out = join(root, 'out');
  const r = await importHarbor(join(root, 'suite'), out);
  assert.deepEqual(r.imported.map((t) => t.id), ['hello-json', 'sum-amounts']);
  const reasons = Object.fromEntries(r.skipped.map((s) => [s.id, s.reason]));
  assert.match(reasons['needs-build']!, /^needs container image built from environment\/Dockerfile \(line 2: RUN apt-get/);
  assert.match(reasons['custom-image']!, /^needs container image ghcr.io\/acme\/tools:1.2/);
  assert.match(reasons['prebuilt-image']!, /^needs container image acme\/task:3/);
  assert.match(reasons['uv-tests']!, /^tests\/test.sh installs software when grading \(curl -LsSf/);
  assert.match(reasons['compose']!, /^needs docker compose services/);
  assert.match(reasons['solve-fails']!, /^solution\/solve.sh failed at import time \(exit 3\): broken/);
  assert.match(reasons['tb1']!, /^Terminal-Bench 1 layout/);
  assert.match(reasons['no-solution']!, /no solution\/solve.sh/);

  const sum = loadTask(join(out, 'sum-amounts'));
  assert.equal(sum.category, 'repo');
  assert.equal(sum.difficulty, 'easy');
  assert.equal(sum.language, 'bash');
  assert.deepEqual(sum.tags, ['harbor', 'csv']);
  assert.deepEqual(sum.workspaceFiles, ['data.csv']);
  assert.deepEqual(sum.solutionFiles, ['total.txt']);
  assert.equal(readFileSync(join(out, 'sum-amounts', 'solution', 'total.txt'), 'utf8'), '60\n');
  assert.deepEqual(sum.grading, { kind: 'tests', command: `sh tests/${HARBOR_RUNNER}`, timeoutSec: 60 });
  assert.match(sum.instruction, /`\/app` is the current working directory/);
  assert.ok(readFileSync(join(out, 'sum-amounts', 'tests', 'test_outputs.py'), 'utf8').includes(`Path('${WORKSPACE_PLACEHOLDER}/total.txt')`));
  const hello = loadTask(join(out, 'hello-json'));
  assert.equal(hello.category, 'generation');
  assert.deepEqual(hello.workspaceFiles, []);

  for (const t of loadSuite(out).tasks) {
    const v = await validateTask(t, sandbox);
    assert.equal(v.valid, true, `${t.id}: ${JSON.stringify(v.checks)}`);
  }
});

test('a reward the agent wrote itself does not count', () => {
  const dir = harborTask('single', 'hello-json', helloJson);
  const out = join(root, 'out-single');
  return importHarbor(dir, out).then((r) => {
    assert.deepEqual(r.imported.map((t) => t.id), ['hello-json'], 'one task directory can be imported on its own');
    const ws = mkdtempSync(join(tmpdir(), 'barometer-harbor-ws-'));
    try {
      mkdirSync(join(ws, '.harbor', 'verifier'), { recursive: true });
      writeFileSync(join(ws, '.harbor', 'verifier', 'reward.txt'), '1\n');
      cpSync(join(out, 'hello-json', 'tests'), join(ws, 'tests'), { recursive: true });
      const run = spawnSync('sh', [`tests/${HARBOR_RUNNER}`], { cwd: ws, encoding: 'utf8', env: { PATH: process.env.PATH ?? '/usr/bin:/bin' } });
      assert.equal(run.status, 1, run.stdout + run.stderr);
      assert.match(run.stderr, /reward 0.0: fail/);
    } finally {
      rmSync(ws, { recursive: true, force: true });
    }
  });
});

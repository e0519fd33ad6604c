import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parse } from 'yaml';
import { configSchema } from '../config/config-schema.js';
import { interpolateEnv } from '../config/interpolate-env.js';
import { CONFIG_TEMPLATE } from './config-template.js';

test('the config init writes is valid as written, and every commented agent example is valid too', () => {
  assert.equal(configSchema.safeParse(parse(CONFIG_TEMPLATE)).success, true);
  // Uncomment the example agents (lines "  # - name:" and their "  #   key:" lines).
  const uncommented = CONFIG_TEMPLATE.split('\n')
    .map((l) => (/^ {2}# (- |\s+)\S/.test(l) ? `  ${l.slice(4)}` : l))
    .join('\n');
  const doc = interpolateEnv(parse(uncommented), { ANTHROPIC_API_KEY: 'k', OPENAI_API_KEY: 'k' }, 'template');
  const parsed = configSchema.safeParse(doc);
  assert.equal(parsed.success, true, JSON.stringify(parsed.error?.issues));
  assert.deepEqual(
    parsed.data!.agents.map((a) => `${a.name}:${a.kind}`),
    ['my-agent:simulated', 'claude-sonnet:claude-code', 'sonnet-api:anthropic', 'codex:command'],
  );
});

// Checks the fake Anthropic server's wire format directly with fetch (no CLI, no model).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { isMainAgentRequest, startFakeAnthropicServer, type FakeAnthropicServer } from './fake-anthropic-server.js';

interface SseEvent {
  event: string;
  data: Record<string, unknown>;
}

/** Parses an SSE body into events, checking that each `event:` name matches the data's `type`. */
function parseSse(text: string): SseEvent[] {
  const events: SseEvent[] = [];
  for (const chunk of text.split('\n\n')) {
    if (chunk.trim() === '') continue;
    let event = '';
    let data = '';
    for (const line of chunk.split('\n')) {
      if (line.startsWith('event: ')) event = line.slice('event: '.length);
      else if (line.startsWith('data: ')) data += line.slice('data: '.length);
    }
    const parsed = JSON.parse(data) as Record<string, unknown>;
    assert.equal(parsed['type'], event, `event name and data type differ in ${chunk}`);
    events.push({ event, data: parsed });
  }
  return events;
}

function post(server: FakeAnthropicServer, body: unknown, path = '/v1/messages?beta=true', signal?: AbortSignal): Promise<Response> {
  return fetch(`${server.url}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-api-key': 'test-key', 'anthropic-version': '2023-06-01' },
    body: JSON.stringify(body),
    signal,
  });
}

const TOOLS = [{ name: 'Write', description: 'Writes a file', input_schema: { type: 'object' } }];

test('streams text and tool_use blocks with the real event sequence and usage', async () => {
  const server = await startFakeAnthropicServer({
    responses: [
      {
        kind: 'message',
        content: [
          { type: 'text', text: 'I will write the file.' },
          { type: 'tool_use', id: 'toolu_fixed', name: 'Write', input: { file_path: '/w/add.mjs', content: 'export const x = 1;\n' } },
        ],
        usage: { input_tokens: 1000, output_tokens: 100, cache_creation_input_tokens: 2000, cache_read_input_tokens: 3000 },
      },
    ],
  });
  try {
    const res = await post(server, { model: 'claude-sonnet-4-5-20250929', max_tokens: 1024, stream: true, messages: [{ role: 'user', content: 'hi' }], tools: TOOLS });
    assert.equal(res.status, 200);
    assert.match(res.headers.get('content-type') ?? '', /^text\/event-stream/);
    assert.ok(res.headers.get('request-id')?.startsWith('req_'));
    const events = parseSse(await res.text());
    const names = events.map((e) => e.event);
    assert.equal(names[0], 'message_start');
    assert.deepEqual(names.slice(-2), ['message_delta', 'message_stop']);
    assert.deepEqual(
      names.filter((n) => n !== 'content_block_delta' && n !== 'ping'),
      ['message_start', 'content_block_start', 'content_block_stop', 'content_block_start', 'content_block_stop', 'message_delta', 'message_stop'],
    );

    const start = events[0]!.data['message'] as Record<string, unknown>;
    assert.equal(start['model'], 'claude-sonnet-4-5-20250929', 'model defaults to the requested one');
    assert.equal(start['role'], 'assistant');
    assert.deepEqual(start['content'], []);
    const startUsage = start['usage'] as Record<string, number>;
    assert.equal(startUsage['input_tokens'], 1000);
    assert.equal(startUsage['cache_creation_input_tokens'], 2000);
    assert.equal(startUsage['cache_read_input_tokens'], 3000);

    // Rebuild the blocks from the deltas, as a client does.
    const text = events
      .filter((e) => e.event === 'content_block_delta' && e.data['index'] === 0)
      .map((e) => (e.data['delta'] as { type: string; text: string }))
      .map((d) => {
        assert.equal(d.type, 'text_delta');
        return d.text;
      })
      .join('');
    assert.equal(text, 'I will write the file.');
    const toolStart = events.find((e) => e.event === 'content_block_start' && e.data['index'] === 1)!;
    assert.deepEqual(toolStart.data['content_block'], { type: 'tool_use', id: 'toolu_fixed', name: 'Write', input: {} });
    const json = events
      .filter((e) => e.event === 'content_block_delta' && e.data['index'] === 1)
      .map((e) => (e.data['delta'] as { type: string; partial_json: string }))
      .map((d) => {
        assert.equal(d.type, 'input_json_delta');
        return d.partial_json;
      })
      .join('');
    assert.deepEqual(JSON.parse(json), { file_path: '/w/add.mjs', content: 'export const x = 1;\n' });

    const delta = events.find((e) => e.event === 'message_delta')!.data;
    assert.deepEqual(delta['delta'], { stop_reason: 'tool_use', stop_sequence: null });
    assert.equal((delta['usage'] as Record<string, number>)['output_tokens'], 100);

    assert.equal(server.requests.length, 1);
    const recorded = server.requests[0]!;
    assert.equal(recorded.path, '/v1/messages');
    assert.equal(recorded.query, 'beta=true');
    assert.equal(recorded.headers['x-api-key'], 'test-key');
    assert.equal((recorded.body as { model: string }).model, 'claude-sonnet-4-5-20250929');
    assert.equal(recorded.answeredFrom, 'script');
    assert.equal(recorded.answerKind, 'message');
  } finally {
    await server.close();
  }
});

test('answers non-streaming requests with one JSON message, consuming the script in order then the fallback', async () => {
  const server = await startFakeAnthropicServer({
    responses: [
      { kind: 'message', content: [{ type: 'text', text: 'first' }], usage: { input_tokens: 7, output_tokens: 3 } },
      { kind: 'message', content: [{ type: 'tool_use', name: 'Bash', input: { command: 'ls' } }], model: 'claude-opus-4-1-20250805' },
    ],
    fallback: { kind: 'message', content: [{ type: 'text', text: 'fallback' }] },
  });
  try {
    const bodies: Array<Record<string, unknown>> = [];
    for (let i = 0; i < 3; i++) {
      const res = await post(server, { model: 'claude-haiku-4-5', max_tokens: 10, messages: [{ role: 'user', content: String(i) }] });
      assert.equal(res.status, 200);
      assert.match(res.headers.get('content-type') ?? '', /^application\/json/);
      bodies.push((await res.json()) as Record<string, unknown>);
    }
    const [first, second, third] = bodies as [Record<string, unknown>, Record<string, unknown>, Record<string, unknown>];
    assert.equal(first['type'], 'message');
    assert.match(String(first['id']), /^msg_/);
    assert.equal(first['model'], 'claude-haiku-4-5');
    assert.deepEqual(first['content'], [{ type: 'text', text: 'first' }]);
    assert.equal(first['stop_reason'], 'end_turn');
    assert.deepEqual(first['usage'], { input_tokens: 7, output_tokens: 3, cache_creation_input_tokens: 0, cache_read_input_tokens: 0, service_tier: 'standard' });

    assert.equal(second['model'], 'claude-opus-4-1-20250805');
    assert.equal(second['stop_reason'], 'tool_use');
    const block = (second['content'] as Array<Record<string, unknown>>)[0]!;
    assert.equal(block['type'], 'tool_use');
    assert.match(String(block['id']), /^toolu_/);
    assert.deepEqual(block['input'], { command: 'ls' });

    assert.deepEqual(third['content'], [{ type: 'text', text: 'fallback' }]);
    assert.deepEqual(
      server.requests.map((r) => r.answeredFrom),
      ['script', 'script', 'fallback'],
    );
    assert.equal(server.consumed(), 2);
  } finally {
    await server.close();
  }
});

test('scripts HTTP errors with Anthropic error bodies and retry-after', async () => {
  const server = await startFakeAnthropicServer({
    responses: [
      { kind: 'error', status: 429, retryAfter: 2 },
      { kind: 'error', status: 400, message: 'prompt is too long', headers: { 'x-should-retry': 'false' } },
    ],
    fallback: { kind: 'error', status: 529 },
  });
  try {
    const r429 = await post(server, { model: 'm', max_tokens: 1, stream: true, messages: [] });
    assert.equal(r429.status, 429);
    assert.equal(r429.headers.get('retry-after'), '2');
    const b429 = (await r429.json()) as { type: string; error: { type: string; message: string }; request_id: string };
    assert.equal(b429.type, 'error');
    assert.equal(b429.error.type, 'rate_limit_error');
    assert.equal(b429.request_id, r429.headers.get('request-id'));

    const r400 = await post(server, { model: 'm', max_tokens: 1, messages: [] });
    assert.equal(r400.status, 400);
    assert.equal(r400.headers.get('x-should-retry'), 'false');
    assert.deepEqual(((await r400.json()) as { error: unknown }).error, { type: 'invalid_request_error', message: 'prompt is too long' });

    for (let i = 0; i < 2; i++) {
      const r529 = await post(server, { model: 'm', max_tokens: 1, stream: true, messages: [] });
      assert.equal(r529.status, 529);
      assert.equal(r529.headers.get('retry-after'), null);
      assert.deepEqual(((await r529.json()) as { error: unknown }).error, { type: 'overloaded_error', message: 'Overloaded' });
    }
    assert.deepEqual(
      server.requests.map((r) => r.answerKind),
      ['error', 'error', 'error', 'error'],
    );
  } finally {
    await server.close();
  }
});

test('a stream_error starts a stream and then sends an SSE error event', async () => {
  const server = await startFakeAnthropicServer({ responses: [{ kind: 'stream_error' }] });
  try {
    const res = await post(server, { model: 'm', max_tokens: 1, stream: true, messages: [] });
    assert.equal(res.status, 200);
    const events = parseSse(await res.text());
    assert.deepEqual(
      events.map((e) => e.event),
      ['message_start', 'error'],
    );
    assert.deepEqual(events[1]!.data['error'], { type: 'overloaded_error', message: 'Overloaded' });
  } finally {
    await server.close();
  }
});

test('isScripted routes side requests to the auxiliary answer without consuming the script', async () => {
  const server = await startFakeAnthropicServer({
    isScripted: isMainAgentRequest,
    auxiliary: (body) => ({ kind: 'message', content: [{ type: 'text', text: `aux for ${String(body.model)}` }] }),
    responses: [{ kind: 'message', content: [{ type: 'text', text: 'main' }] }],
  });
  try {
    const aux = (await (await post(server, { model: 'small', max_tokens: 1, messages: [] })).json()) as { content: unknown };
    assert.deepEqual(aux.content, [{ type: 'text', text: 'aux for small' }]);
    assert.equal(server.consumed(), 0);
    const main = (await (await post(server, { model: 'big', max_tokens: 1, messages: [], tools: TOOLS })).json()) as { content: unknown };
    assert.deepEqual(main.content, [{ type: 'text', text: 'main' }]);
    assert.deepEqual(
      server.messageRequests().map((r) => r.answeredFrom),
      ['auxiliary', 'script'],
    );
  } finally {
    await server.close();
  }
});

test('a hang never answers; the client times out and close() still returns promptly', async () => {
  const server = await startFakeAnthropicServer({ fallback: { kind: 'hang' } });
  const started = Date.now();
  await assert.rejects(post(server, { model: 'm', max_tokens: 1, stream: true, messages: [] }, '/v1/messages', AbortSignal.timeout(200)), (err: Error) =>
    /abort|timeout/i.test(err.name + err.message),
  );
  // A second hung request is left open on purpose: close() must destroy it.
  const pending = post(server, { model: 'm', max_tokens: 1, messages: [] }).catch((err: unknown) => err);
  while (server.requests.length < 2) await new Promise((r) => setTimeout(r, 10));
  await server.close();
  assert.ok((await pending) instanceof Error, 'the open request fails once the server closes');
  assert.ok(Date.now() - started < 3000);
  assert.equal(server.requests[0]!.answerKind, 'hang');
});

test('answers the side endpoints: HEAD /, count_tokens, models, and 404 otherwise', async () => {
  const server = await startFakeAnthropicServer();
  try {
    const head = await fetch(`${server.url}/`, { method: 'HEAD' });
    assert.equal(head.status, 200);
    assert.equal((await fetch(`${server.url}/api/hello`, { method: 'HEAD' })).status, 200);
    const count = await post(server, { model: 'm', messages: [{ role: 'user', content: 'hello there' }] }, '/v1/messages/count_tokens?beta=true');
    assert.equal(count.status, 200);
    const counted = (await count.json()) as { input_tokens: number };
    assert.ok(Number.isInteger(counted.input_tokens) && counted.input_tokens > 0);
    const models = (await (await fetch(`${server.url}/v1/models?limit=100`)).json()) as { data: Array<{ id: string; type: string }>; has_more: boolean };
    assert.ok(models.data.length > 0);
    assert.equal(models.data[0]!.type, 'model');
    assert.equal(models.has_more, false);
    const one = (await (await fetch(`${server.url}/v1/models/claude-x`)).json()) as { id: string };
    assert.equal(one.id, 'claude-x');
    const missing = await fetch(`${server.url}/v1/nothing`);
    assert.equal(missing.status, 404);
    assert.equal(((await missing.json()) as { error: { type: string } }).error.type, 'not_found_error');
    // The default script answers every turn with "OK".
    const ok = (await (await post(server, { model: 'm', max_tokens: 1, messages: [] })).json()) as { content: unknown };
    assert.deepEqual(ok.content, [{ type: 'text', text: 'OK' }]);
    assert.deepEqual(
      server.requests.map((r) => `${r.method} ${r.path}`),
      ['HEAD /', 'HEAD /api/hello', 'POST /v1/messages/count_tokens', 'GET /v1/models', 'GET /v1/models/claude-x', 'GET /v1/nothing', 'POST /v1/messages'],
    );
  } finally {
    await server.close();
  }
});

test('stallAfterEvents sends the first events of a stream and then holds it open', async () => {
  const server = await startFakeAnthropicServer({
    responses: [{ kind: 'message', content: [{ type: 'text', text: 'never finished' }], stallAfterEvents: 2 }],
  });
  try {
    const res = await post(server, { model: 'm', max_tokens: 1, stream: true, messages: [] });
    assert.equal(res.status, 200);
    const reader = res.body!.getReader();
    let text = '';
    while (text.split('\n\n').length < 3) {
      const { value, done } = await reader.read();
      assert.equal(done, false, 'the stream must not end');
      text += new TextDecoder().decode(value);
    }
    assert.deepEqual(
      parseSse(text).map((e) => e.event),
      ['message_start', 'content_block_start'],
    );
    const more = await Promise.race([reader.read().then(() => 'data'), new Promise((r) => setTimeout(() => r('stalled'), 150))]);
    assert.equal(more, 'stalled');
    await reader.cancel().catch(() => undefined);
  } finally {
    await server.close();
  }
});

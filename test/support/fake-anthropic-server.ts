/**
 * A scriptable fake of the Anthropic Messages API for tests, so no test ever calls a real model.
 *
 * It speaks the real wire format closely enough for the real Claude Code CLI (and the official SDKs)
 * to run against it offline: point the CLI at it with `ANTHROPIC_BASE_URL=<url>` and
 * `ANTHROPIC_API_KEY=test-key`. See docs/claude-code-offline.md for what the CLI sends.
 *
 * - `POST /v1/messages` answers with the next scripted response, streamed as SSE
 *   (message_start, content_block_start, ping, content_block_delta [text_delta | input_json_delta |
 *   thinking_delta], content_block_stop, message_delta with usage, message_stop) when the body says
 *   `"stream": true`, or as one JSON message otherwise.
 * - `POST /v1/messages/count_tokens` answers `{ input_tokens }` with a rough estimate.
 * - `GET /v1/models` and `GET /v1/models/:id` answer a small model list.
 * - `HEAD /`, `HEAD /api/hello` (and GET) answer 200: the CLI's connectivity checks.
 * - Anything else answers 404 with an Anthropic `not_found_error` body.
 *
 * Every request is recorded (method, path, headers, parsed body) in `requests`, in arrival order,
 * so tests can assert what the client sent. The server has no dependencies beyond `node:http`.
 */
import type { IncomingHttpHeaders, IncomingMessage, ServerResponse } from 'node:http';
import { startLocalHttpServer } from './local-http-server.js';

/** Token usage as the Messages API reports it. Missing counts are sent as 0. */
export interface FakeUsage {
  input_tokens: number;
  output_tokens: number;
  cache_creation_input_tokens?: number;
  cache_read_input_tokens?: number;
}

/** A content block the fake model answers with. */
export type FakeContentBlock =
  | { type: 'text'; text: string }
  | {
      type: 'tool_use';
      /** Defaults to a generated `toolu_…` id. */
      id?: string;
      name: string;
      input: Record<string, unknown>;
    }
  | { type: 'thinking'; thinking: string; signature?: string };

/** An assistant message: the normal answer. */
export interface FakeMessageResponse {
  kind: 'message';
  content: FakeContentBlock[];
  /** Defaults to `{ input_tokens: 10, output_tokens: 5 }` with no cache tokens. */
  usage?: Partial<FakeUsage>;
  /** Defaults to `tool_use` when any block is a tool_use, else `end_turn`. */
  stop_reason?: 'end_turn' | 'tool_use' | 'max_tokens' | 'stop_sequence' | 'pause_turn' | 'refusal';
  /** The model id reported back. Defaults to the `model` of the request (as the real API does). */
  model?: string;
  /** Milliseconds to wait before answering (before the headers). */
  delayMs?: number;
  /** Milliseconds to wait between SSE events when streaming. Default 0. */
  chunkDelayMs?: number;
  /**
   * Streaming only: send this many SSE events (counting message_start as the first) and then stall,
   * holding the connection open without another byte: a stream that dies mid-answer.
   */
  stallAfterEvents?: number;
}

/** An HTTP error with an Anthropic error body: `{"type":"error","error":{"type":…,"message":…}}`. */
export interface FakeErrorResponse {
  kind: 'error';
  /** HTTP status, e.g. 529 (overloaded_error), 429 (rate_limit_error), 500 (api_error), 400, 401. */
  status: number;
  /** Anthropic error type; defaults from the status (529 → overloaded_error, 429 → rate_limit_error, …). */
  errorType?: string;
  /** Defaults to a message like the real API's for that type. */
  message?: string;
  /** Sent as the `retry-after` header (seconds) when set. */
  retryAfter?: number | string;
  /** Extra response headers, e.g. `{ 'x-should-retry': 'false' }`. */
  headers?: Record<string, string>;
  /** Milliseconds to wait before answering. */
  delayMs?: number;
}

/**
 * A stream that starts normally (200, message_start) and then sends an SSE `error` event, as the
 * real API does when it becomes overloaded mid-stream. Only meaningful for streaming requests; a
 * non-streaming request gets the same error as a plain HTTP error with status 529/500.
 */
export interface FakeStreamErrorResponse {
  kind: 'stream_error';
  errorType?: string;
  message?: string;
}

/**
 * Never answers. With `afterHeaders` the status line and SSE headers are sent first (a stream that
 * stalls); otherwise nothing at all is sent. The socket is held until the client gives up or the
 * server is closed.
 */
export interface FakeHangResponse {
  kind: 'hang';
  afterHeaders?: boolean;
}

/** One scripted answer to a `POST /v1/messages`. */
export type FakeResponse = FakeMessageResponse | FakeErrorResponse | FakeStreamErrorResponse | FakeHangResponse;

/** A request as the fake server received it. */
export interface RecordedRequest {
  /** 0-based arrival order over all requests. */
  seq: number;
  method: string;
  /** Path without the query string, e.g. `/v1/messages`. */
  path: string;
  /** The raw query string without `?`, or '' when none. */
  query: string;
  headers: IncomingHttpHeaders;
  /** The parsed JSON body, or the raw text when it is not JSON, or undefined when empty. */
  body: unknown;
  /** Milliseconds since the server started. */
  receivedAtMs: number;
  /** For `POST /v1/messages`: which answer it got ('script', 'fallback' or 'auxiliary'), else undefined. */
  answeredFrom?: 'script' | 'fallback' | 'auxiliary';
  /** For `POST /v1/messages`: the kind of the answer it got. */
  answerKind?: FakeResponse['kind'];
}

/** What a test scripts. All fields are optional: an empty script answers every turn with "OK". */
export interface FakeAnthropicScript {
  /**
   * Answers to `POST /v1/messages`, consumed in order, one per request that `isScripted` accepts.
   * An entry may be a function of the request body, for answers that depend on what was sent.
   */
  responses?: Array<FakeResponse | ((body: MessagesRequestBody) => FakeResponse)>;
  /**
   * The answer once `responses` is used up. Defaults to a text message "OK". Use
   * `{ kind: 'error', status: 529 }` for "always overloaded".
   */
  fallback?: FakeResponse;
  /**
   * Which `POST /v1/messages` requests consume `responses`. Requests it rejects get `auxiliary`
   * and do not advance the script. Defaults to every request (see `isMainAgentRequest` for a
   * predicate that skips side requests of the Claude Code CLI).
   */
  isScripted?: (body: MessagesRequestBody) => boolean;
  /** The answer to requests that `isScripted` rejects. Defaults to a text message "OK". */
  auxiliary?: FakeResponse | ((body: MessagesRequestBody) => FakeResponse);
  /** Called with one line per request, e.g. `(l) => console.error(l)`, for debugging. */
  log?: (line: string) => void;
}

/** The parts of a Messages API request body the fake looks at. */
export interface MessagesRequestBody {
  model?: string;
  stream?: boolean;
  max_tokens?: number;
  system?: unknown;
  messages?: unknown[];
  tools?: Array<{ name?: string; [key: string]: unknown }>;
  [key: string]: unknown;
}

/** A running fake server. */
export interface FakeAnthropicServer {
  /** Base URL without a trailing slash, e.g. `http://127.0.0.1:39123`; use as ANTHROPIC_BASE_URL. */
  url: string;
  /** Every request received so far, in arrival order (a live array). */
  requests: RecordedRequest[];
  /** The `POST /v1/messages` requests among `requests`. */
  messageRequests(): RecordedRequest[];
  /** How many entries of `responses` have been consumed. */
  consumed(): number;
  /** Stops listening and destroys open sockets (including hung ones). Idempotent. */
  close(): Promise<void>;
}

/**
 * A predicate for `isScripted`: true for requests of the Claude Code CLI's main agent loop, which
 * are the ones that carry tools. Side requests carry none: e.g. the session-title request that
 * Claude Code 2.1.197 sends before the first turn unless CLAUDE_CODE_DISABLE_NONESSENTIAL_TRAFFIC=1.
 */
export function isMainAgentRequest(body: MessagesRequestBody): boolean {
  return Array.isArray(body.tools) && body.tools.length > 0;
}

const DEFAULT_TEXT: FakeMessageResponse = { kind: 'message', content: [{ type: 'text', text: 'OK' }] };

const ERROR_TYPES: Record<number, [string, string]> = {
  400: ['invalid_request_error', 'Invalid request'],
  401: ['authentication_error', 'invalid x-api-key'],
  403: ['permission_error', 'Your API key does not have permission to use the specified resource.'],
  404: ['not_found_error', 'Not found'],
  413: ['request_too_large', 'Request exceeds the maximum allowed number of bytes.'],
  429: ['rate_limit_error', 'Number of request tokens has exceeded your per-minute rate limit'],
  500: ['api_error', 'Internal server error'],
  529: ['overloaded_error', 'Overloaded'],
};

function errorTypeFor(status: number): [string, string] {
  return ERROR_TYPES[status] ?? (status >= 500 ? ['api_error', 'Internal server error'] : ['invalid_request_error', 'Error']);
}

let idCounter = 0;
function randomId(prefix: string): string {
  idCounter += 1;
  const rand = Math.random().toString(36).slice(2, 12).padEnd(10, '0');
  return `${prefix}_01fake${idCounter.toString(36).padStart(4, '0')}${rand}`;
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

function fullUsage(usage: Partial<FakeUsage> | undefined): Required<FakeUsage> {
  return {
    input_tokens: usage?.input_tokens ?? 10,
    output_tokens: usage?.output_tokens ?? 5,
    cache_creation_input_tokens: usage?.cache_creation_input_tokens ?? 0,
    cache_read_input_tokens: usage?.cache_read_input_tokens ?? 0,
  };
}

/** Content blocks with ids filled in, as the API returns them. */
function materialize(content: FakeContentBlock[]): Array<Record<string, unknown>> {
  return content.map((block) => {
    if (block.type === 'tool_use') return { type: 'tool_use', id: block.id ?? randomId('toolu'), name: block.name, input: block.input };
    if (block.type === 'thinking') return { type: 'thinking', thinking: block.thinking, signature: block.signature ?? 'fake-signature' };
    return { type: 'text', text: block.text };
  });
}

function stopReasonFor(r: FakeMessageResponse): string {
  return r.stop_reason ?? (r.content.some((b) => b.type === 'tool_use') ? 'tool_use' : 'end_turn');
}

/** Splits a string into about `n` pieces, so deltas look like a real stream. */
function pieces(s: string, n = 3): string[] {
  if (s.length <= 1) return [s];
  const size = Math.max(1, Math.ceil(s.length / n));
  const out: string[] = [];
  for (let i = 0; i < s.length; i += size) out.push(s.slice(i, i + size));
  return out;
}

function sendJson(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    'content-type': 'application/json',
    'content-length': Buffer.byteLength(text).toString(),
    'request-id': randomId('req'),
    ...headers,
  });
  res.end(text);
}

function sendError(res: ServerResponse, r: FakeErrorResponse): void {
  const [defType, defMessage] = errorTypeFor(r.status);
  const headers: Record<string, string> = { ...(r.headers ?? {}) };
  if (r.retryAfter !== undefined) headers['retry-after'] = String(r.retryAfter);
  const requestId = randomId('req');
  headers['request-id'] = requestId;
  sendJson(res, r.status, { type: 'error', error: { type: r.errorType ?? defType, message: r.message ?? defMessage }, request_id: requestId }, headers);
}

function messageJson(r: FakeMessageResponse, model: string): Record<string, unknown> {
  return {
    id: randomId('msg'),
    type: 'message',
    role: 'assistant',
    model,
    content: materialize(r.content),
    stop_reason: stopReasonFor(r),
    stop_sequence: null,
    usage: { ...fullUsage(r.usage), service_tier: 'standard' },
  };
}

async function streamMessage(res: ServerResponse, r: FakeMessageResponse, model: string): Promise<void> {
  const usage = fullUsage(r.usage);
  let sent = 0;
  const stalled = (): boolean => r.stallAfterEvents !== undefined && sent >= r.stallAfterEvents;
  const write = async (event: string, data: unknown): Promise<void> => {
    if (res.destroyed || stalled()) return;
    res.write(`event: ${event}\ndata: ${JSON.stringify(data)}\n\n`);
    sent += 1;
    if (r.chunkDelayMs) await sleep(r.chunkDelayMs);
  };
  res.writeHead(200, {
    'content-type': 'text/event-stream; charset=utf-8',
    'cache-control': 'no-cache',
    connection: 'keep-alive',
    'request-id': randomId('req'),
  });
  await write('message_start', {
    type: 'message_start',
    message: {
      id: randomId('msg'),
      type: 'message',
      role: 'assistant',
      model,
      content: [],
      stop_reason: null,
      stop_sequence: null,
      // The real API reports the input side here and a provisional output count of ~1.
      usage: {
        input_tokens: usage.input_tokens,
        cache_creation_input_tokens: usage.cache_creation_input_tokens,
        cache_read_input_tokens: usage.cache_read_input_tokens,
        output_tokens: Math.min(1, usage.output_tokens),
        service_tier: 'standard',
      },
    },
  });
  const blocks = materialize(r.content);
  for (const [index, block] of blocks.entries()) {
    if (block['type'] === 'tool_use') {
      await write('content_block_start', { type: 'content_block_start', index, content_block: { type: 'tool_use', id: block['id'], name: block['name'], input: {} } });
      for (const part of pieces(JSON.stringify(block['input']))) {
        await write('content_block_delta', { type: 'content_block_delta', index, delta: { type: 'input_json_delta', partial_json: part } });
      }
    } else if (block['type'] === 'thinking') {
      await write('content_block_start', { type: 'content_block_start', index, content_block: { type: 'thinking', thinking: '', signature: '' } });
      for (const part of pieces(String(block['thinking']))) {
        await write('content_block_delta', { type: 'content_block_delta', index, delta: { type: 'thinking_delta', thinking: part } });
      }
      await write('content_block_delta', { type: 'content_block_delta', index, delta: { type: 'signature_delta', signature: block['signature'] } });
    } else {
      await write('content_block_start', { type: 'content_block_start', index, content_block: { type: 'text', text: '' } });
      if (index === 0) await write('ping', { type: 'ping' });
      for (const part of pieces(String(block['text']))) {
        await write('content_block_delta', { type: 'content_block_delta', index, delta: { type: 'text_delta', text: part } });
      }
    }
    await write('content_block_stop', { type: 'content_block_stop', index });
  }
  // The current API repeats the full (cumulative) usage in message_delta.
  await write('message_delta', {
    type: 'message_delta',
    delta: { stop_reason: stopReasonFor(r), stop_sequence: null },
    usage: {
      input_tokens: usage.input_tokens,
      cache_creation_input_tokens: usage.cache_creation_input_tokens,
      cache_read_input_tokens: usage.cache_read_input_tokens,
      output_tokens: usage.output_tokens,
    },
  });
  await write('message_stop', { type: 'message_stop' });
  if (!stalled()) res.end(); // A stalled stream stays open until the client gives up or close().
}

function streamError(res: ServerResponse, r: FakeStreamErrorResponse, model: string): void {
  const [defType, defMessage] = errorTypeFor(529);
  res.writeHead(200, { 'content-type': 'text/event-stream; charset=utf-8', 'cache-control': 'no-cache', 'request-id': randomId('req') });
  res.write(
    `event: message_start\ndata: ${JSON.stringify({
      type: 'message_start',
      message: { id: randomId('msg'), type: 'message', role: 'assistant', model, content: [], stop_reason: null, stop_sequence: null, usage: { input_tokens: 10, output_tokens: 1 } },
    })}\n\n`,
  );
  res.write(`event: error\ndata: ${JSON.stringify({ type: 'error', error: { type: r.errorType ?? defType, message: r.message ?? defMessage } })}\n\n`);
  res.end();
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

/** A crude token estimate (about 4 characters a token), for count_tokens. */
function estimateTokens(body: unknown): number {
  return Math.max(1, Math.ceil(JSON.stringify(body ?? '').length / 4));
}

const MODELS = [
  { id: 'claude-sonnet-4-5-20250929', display_name: 'Claude Sonnet 4.5' },
  { id: 'claude-opus-4-1-20250805', display_name: 'Claude Opus 4.1' },
  { id: 'claude-haiku-4-5-20251001', display_name: 'Claude Haiku 4.5' },
];

/**
 * Starts a fake Anthropic API on 127.0.0.1 at a free port.
 *
 * @example
 * const server = await startFakeAnthropicServer({
 *   responses: [
 *     { kind: 'message', content: [{ type: 'tool_use', name: 'Write', input: { file_path: '/w/a.txt', content: 'hi' } }] },
 *     { kind: 'message', content: [{ type: 'text', text: 'Done.' }], usage: { input_tokens: 100, output_tokens: 20 } },
 *   ],
 *   isScripted: isMainAgentRequest,
 * });
 * // … run the client with ANTHROPIC_BASE_URL=server.url …
 * await server.close();
 */
export async function startFakeAnthropicServer(script: FakeAnthropicScript = {}): Promise<FakeAnthropicServer> {
  const started = Date.now();
  const requests: RecordedRequest[] = [];
  const responses = script.responses ?? [];
  let next = 0;
  const log = script.log;

  async function answerMessages(record: RecordedRequest, res: ServerResponse): Promise<void> {
    const body: MessagesRequestBody = record.body !== null && typeof record.body === 'object' ? (record.body as MessagesRequestBody) : {};
    let r: FakeResponse;
    const scripted = script.isScripted ? script.isScripted(body) : true;
    if (!scripted) {
      const aux = script.auxiliary ?? DEFAULT_TEXT;
      r = typeof aux === 'function' ? aux(body) : aux;
      record.answeredFrom = 'auxiliary';
    } else if (next < responses.length) {
      const entry = responses[next++]!;
      r = typeof entry === 'function' ? entry(body) : entry;
      record.answeredFrom = 'script';
    } else {
      r = script.fallback ?? DEFAULT_TEXT;
      record.answeredFrom = 'fallback';
    }
    record.answerKind = r.kind;
    const model = (r.kind === 'message' && r.model) || (typeof body.model === 'string' ? body.model : 'claude-sonnet-4-5-20250929');
    log?.(
      `[fake-anthropic] #${record.seq} POST /v1/messages model=${body.model} stream=${body.stream === true} tools=${body.tools?.length ?? 0} ` +
        `messages=${body.messages?.length ?? 0} max_tokens=${body.max_tokens} → ${record.answeredFrom}:${r.kind}`,
    );
    switch (r.kind) {
      case 'hang':
        if (r.afterHeaders) {
          res.writeHead(200, { 'content-type': 'text/event-stream; charset=utf-8', 'cache-control': 'no-cache' });
          res.flushHeaders();
        }
        return; // Never answers; close() destroys the socket.
      case 'error':
        if (r.delayMs) await sleep(r.delayMs);
        sendError(res, r);
        return;
      case 'stream_error':
        if (body.stream === true) streamError(res, r, model);
        else sendError(res, { kind: 'error', status: 529, errorType: r.errorType, message: r.message });
        return;
      case 'message':
        if (r.delayMs) await sleep(r.delayMs);
        if (body.stream === true) await streamMessage(res, r, model);
        else sendJson(res, 200, messageJson(r, model));
        return;
    }
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const text = await readBody(req);
    let body: unknown;
    if (text.length > 0) {
      try {
        body = JSON.parse(text);
      } catch {
        body = text;
      }
    }
    const rawUrl = req.url ?? '/';
    const q = rawUrl.indexOf('?');
    const path = q >= 0 ? rawUrl.slice(0, q) : rawUrl;
    const record: RecordedRequest = {
      seq: requests.length,
      method: req.method ?? 'GET',
      path,
      query: q >= 0 ? rawUrl.slice(q + 1) : '',
      headers: req.headers,
      body,
      receivedAtMs: Date.now() - started,
    };
    requests.push(record);
    const method = record.method;

    if (method === 'POST' && path === '/v1/messages') return answerMessages(record, res);
    log?.(`[fake-anthropic] #${record.seq} ${method} ${rawUrl}`);
    if (method === 'POST' && path === '/v1/messages/count_tokens') return sendJson(res, 200, { input_tokens: estimateTokens(body) });
    if (method === 'GET' && path === '/v1/models') {
      return sendJson(res, 200, {
        data: MODELS.map((m) => ({ type: 'model', id: m.id, display_name: m.display_name, created_at: '2025-01-01T00:00:00Z' })),
        has_more: false,
        first_id: MODELS[0]!.id,
        last_id: MODELS[MODELS.length - 1]!.id,
      });
    }
    if (method === 'GET' && path.startsWith('/v1/models/')) {
      const id = decodeURIComponent(path.slice('/v1/models/'.length));
      return sendJson(res, 200, { type: 'model', id, display_name: id, created_at: '2025-01-01T00:00:00Z' });
    }
    // Connectivity checks: 2.1.197 sends `HEAD /` at startup; 2.1.332 sends `HEAD /api/hello` when
    // non-essential traffic is allowed.
    if ((method === 'HEAD' || method === 'GET') && (path === '/' || path === '/api/hello')) {
      res.writeHead(200, { 'content-type': 'text/plain' });
      res.end(method === 'HEAD' ? undefined : 'ok');
      return;
    }
    return sendError(res, { kind: 'error', status: 404, message: `Not found: ${method} ${path}` });
  }

  const server = await startLocalHttpServer(handle, (res, err) => {
    log?.(`[fake-anthropic] handler failed: ${String(err)}`);
    sendError(res, { kind: 'error', status: 500, message: String(err) });
  });
  const { port } = server;

  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    messageRequests: () => requests.filter((r) => r.method === 'POST' && r.path === '/v1/messages'),
    consumed: () => next,
    close: () => server.close(),
  };
}

/**
 * A scriptable fake of the OpenAI Chat Completions API for tests, so no test calls a real model.
 *
 * - `POST /v1/chat/completions` (and `/chat/completions`) answers with the next scripted response:
 *   one `chat.completion` JSON object, or with `"stream": true` an SSE stream of
 *   `chat.completion.chunk` objects (role, content deltas, tool-call deltas with the arguments in
 *   pieces, the finish_reason chunk, a usage chunk with `choices: []` when
 *   `stream_options.include_usage` is set) ending with `data: [DONE]`.
 * - `GET /v1/models` answers a small list. Anything else: 404 with an OpenAI error body.
 * Errors use the real shape `{"error":{"message","type","param","code"}}`. Every request is
 * recorded. No dependencies beyond `node:http`.
 */
import type { IncomingHttpHeaders, IncomingMessage, ServerResponse } from 'node:http';
import { startLocalHttpServer } from './local-http-server.js';

/** Usage as Chat Completions reports it. */
export interface FakeOpenAIUsage {
  prompt_tokens: number;
  completion_tokens: number;
  /** Sent as `prompt_tokens_details.cached_tokens` (part of prompt_tokens). */
  cached_tokens?: number;
}

/** A scripted assistant answer. */
export interface FakeOpenAIMessage {
  kind: 'message';
  content?: string | null;
  toolCalls?: Array<{ id?: string; name: string; arguments: Record<string, unknown> | string }>;
  /** Defaults to `{ prompt_tokens: 10, completion_tokens: 5 }`. */
  usage?: FakeOpenAIUsage;
  /** Defaults to the requested model. */
  model?: string;
  /** Defaults to `tool_calls` when there are tool calls, else `stop`. */
  finishReason?: string;
  delayMs?: number;
}

/** An HTTP error with an OpenAI error body. */
export interface FakeOpenAIError {
  kind: 'error';
  status: number;
  message?: string;
  type?: string;
  /** Sent as `retry-after` (seconds). */
  retryAfter?: number | string;
  headers?: Record<string, string>;
}

/** Never answers (optionally after sending 200 + SSE headers). */
export interface FakeOpenAIHang {
  kind: 'hang';
  afterHeaders?: boolean;
}

export type FakeOpenAIResponse = FakeOpenAIMessage | FakeOpenAIError | FakeOpenAIHang;

/** The parts of a request body the fake looks at. */
export interface ChatRequestBody {
  model?: string;
  stream?: boolean;
  stream_options?: { include_usage?: boolean };
  messages?: Array<{ role: string; content?: unknown; tool_calls?: unknown[]; tool_call_id?: string }>;
  tools?: Array<{ type: string; function: { name: string } }>;
  [key: string]: unknown;
}

/** What a test scripts; an empty script answers "OK" to everything. */
export interface FakeOpenAIScript {
  /** Consumed in order; entries may be functions of the request body. */
  responses?: Array<FakeOpenAIResponse | ((body: ChatRequestBody) => FakeOpenAIResponse)>;
  /** After the script; default a text message "OK". */
  fallback?: FakeOpenAIResponse;
}

/** A request as received. */
export interface RecordedOpenAIRequest {
  method: string;
  path: string;
  headers: IncomingHttpHeaders;
  body: ChatRequestBody | undefined;
  receivedAtMs: number;
}

/** A running fake server. */
export interface FakeOpenAIServer {
  /** Base URL including `/v1`, for `baseUrl`. */
  url: string;
  requests: RecordedOpenAIRequest[];
  /** The chat completion requests. */
  chatRequests(): RecordedOpenAIRequest[];
  close(): Promise<void>;
}

const ERROR_TYPES: Record<number, string> = { 400: 'invalid_request_error', 401: 'invalid_request_error', 404: 'invalid_request_error', 429: 'rate_limit_exceeded', 500: 'server_error', 503: 'server_error' };

let counter = 0;
const nextId = (prefix: string): string => `${prefix}-fake${(++counter).toString(36).padStart(5, '0')}`;

function sendJson(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json', 'content-length': String(Buffer.byteLength(text)), 'x-request-id': nextId('req'), ...headers });
  res.end(text);
}

function sendError(res: ServerResponse, r: FakeOpenAIError): void {
  const headers: Record<string, string> = { ...(r.headers ?? {}) };
  if (r.retryAfter !== undefined) headers['retry-after'] = String(r.retryAfter);
  sendJson(res, r.status, { error: { message: r.message ?? `fake error ${r.status}`, type: r.type ?? ERROR_TYPES[r.status] ?? 'server_error', param: null, code: null } }, headers);
}

function usageJson(u: FakeOpenAIUsage | undefined): Record<string, unknown> {
  const usage = u ?? { prompt_tokens: 10, completion_tokens: 5 };
  return {
    prompt_tokens: usage.prompt_tokens,
    completion_tokens: usage.completion_tokens,
    total_tokens: usage.prompt_tokens + usage.completion_tokens,
    prompt_tokens_details: { cached_tokens: usage.cached_tokens ?? 0 },
    completion_tokens_details: { reasoning_tokens: 0 },
  };
}

function toolCallsOf(r: FakeOpenAIMessage): Array<{ id: string; name: string; args: string }> {
  return (r.toolCalls ?? []).map((c) => ({ id: c.id ?? nextId('call'), name: c.name, args: typeof c.arguments === 'string' ? c.arguments : JSON.stringify(c.arguments) }));
}

function pieces(s: string, n = 3): string[] {
  if (s.length <= 1) return [s];
  const size = Math.ceil(s.length / n);
  const out: string[] = [];
  for (let i = 0; i < s.length; i += size) out.push(s.slice(i, i + size));
  return out;
}

function answer(res: ServerResponse, r: FakeOpenAIMessage, body: ChatRequestBody): void {
  const model = r.model ?? body.model ?? 'gpt-4.1';
  const calls = toolCallsOf(r);
  const finish = r.finishReason ?? (calls.length > 0 ? 'tool_calls' : 'stop');
  const id = nextId('chatcmpl');
  const created = Math.floor(Date.now() / 1000);
  if (body.stream !== true) {
    sendJson(res, 200, {
      id,
      object: 'chat.completion',
      created,
      model,
      choices: [
        {
          index: 0,
          message: {
            role: 'assistant',
            content: r.content ?? (calls.length > 0 ? null : ''),
            refusal: null,
            ...(calls.length > 0 ? { tool_calls: calls.map((c) => ({ id: c.id, type: 'function', function: { name: c.name, arguments: c.args } })) } : {}),
          },
          logprobs: null,
          finish_reason: finish,
        },
      ],
      usage: usageJson(r.usage),
      system_fingerprint: 'fp_fake',
    });
    return;
  }
  res.writeHead(200, { 'content-type': 'text/event-stream; charset=utf-8', 'cache-control': 'no-cache', connection: 'keep-alive' });
  const chunk = (choices: unknown[], extra: Record<string, unknown> = {}): void => {
    res.write(`data: ${JSON.stringify({ id, object: 'chat.completion.chunk', created, model, system_fingerprint: 'fp_fake', choices, ...extra })}\n\n`);
  };
  chunk([{ index: 0, delta: { role: 'assistant', content: '' }, logprobs: null, finish_reason: null }]);
  for (const part of r.content ? pieces(r.content) : []) chunk([{ index: 0, delta: { content: part }, logprobs: null, finish_reason: null }]);
  calls.forEach((c, index) => {
    chunk([{ index: 0, delta: { tool_calls: [{ index, id: c.id, type: 'function', function: { name: c.name, arguments: '' } }] }, logprobs: null, finish_reason: null }]);
    for (const part of pieces(c.args)) chunk([{ index: 0, delta: { tool_calls: [{ index, function: { arguments: part } }] }, logprobs: null, finish_reason: null }]);
  });
  chunk([{ index: 0, delta: {}, logprobs: null, finish_reason: finish }]);
  if (body.stream_options?.include_usage) chunk([], { usage: usageJson(r.usage) });
  res.write('data: [DONE]\n\n');
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

/**
 * Starts a fake OpenAI-compatible server on 127.0.0.1 at a free port.
 *
 * @example
 * const server = await startFakeOpenAIServer({ responses: [
 *   { kind: 'error', status: 429, retryAfter: 1 },
 *   { kind: 'message', toolCalls: [{ name: 'write_file', arguments: { path: 'a.txt', content: 'hi' } }] },
 *   { kind: 'message', content: 'Done.', usage: { prompt_tokens: 100, completion_tokens: 20 } },
 * ] });
 * // baseUrl: server.url
 * await server.close();
 */
export async function startFakeOpenAIServer(script: FakeOpenAIScript = {}): Promise<FakeOpenAIServer> {
  const started = Date.now();
  const requests: RecordedOpenAIRequest[] = [];
  const responses = script.responses ?? [];
  let next = 0;

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const text = await readBody(req);
    let body: ChatRequestBody | undefined;
    try {
      body = text ? (JSON.parse(text) as ChatRequestBody) : undefined;
    } catch {
      body = undefined;
    }
    const path = (req.url ?? '/').split('?')[0]!;
    requests.push({ method: req.method ?? 'GET', path, headers: req.headers, body, receivedAtMs: Date.now() - started });
    if (req.method === 'POST' && (path === '/v1/chat/completions' || path === '/chat/completions')) {
      if (!body) return sendError(res, { kind: 'error', status: 400, message: 'We could not parse the JSON body of your request.' });
      const entry = next < responses.length ? responses[next++]! : (script.fallback ?? { kind: 'message', content: 'OK' });
      const r = typeof entry === 'function' ? entry(body) : entry;
      if (r.kind === 'hang') {
        if (r.afterHeaders) {
          res.writeHead(200, { 'content-type': 'text/event-stream' });
          res.flushHeaders();
        }
        return;
      }
      if (r.kind === 'error') return sendError(res, r);
      if (r.delayMs) await new Promise((resolve) => setTimeout(resolve, r.delayMs));
      return answer(res, r, body);
    }
    if (req.method === 'GET' && (path === '/v1/models' || path === '/models')) {
      return sendJson(res, 200, { object: 'list', data: ['gpt-4.1', 'gpt-4o-mini'].map((id) => ({ id, object: 'model', created: 0, owned_by: 'fake' })) });
    }
    return sendError(res, { kind: 'error', status: 404, message: `Unknown request URL: ${req.method} ${path}` });
  }

  const server = await startLocalHttpServer(handle, (res, err) => sendError(res, { kind: 'error', status: 500, message: String(err) }));
  const { port } = server;
  return {
    url: `http://127.0.0.1:${port}/v1`,
    requests,
    chatRequests: () => requests.filter((r) => r.method === 'POST' && r.path.endsWith('/chat/completions')),
    close: () => server.close(),
  };
}

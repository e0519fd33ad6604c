export * from './claude-code-agent.js';
export * from './parse-stream-json.js';

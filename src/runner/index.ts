export * from './execute-attempt.js';
export * from './run-agent.js';
export * from './run-progress.js';

export * from './agent-adapter.js';
export * from './command/command-agent.js';
export * from './simulated/simulated-agent.js';

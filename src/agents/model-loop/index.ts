export * from './extract-code.js';
export * from './loop-tools.js';
export * from './model-agent.js';
export * from './model-provider.js';
export * from './system-prompts.js';
export * from './transcript-log.js';
export * from './workspace-path.js';

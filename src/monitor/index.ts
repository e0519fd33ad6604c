export * from './agent-report.js';
export * from './format-report.js';

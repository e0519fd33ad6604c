export * from './agent-report.js';
export * from './format-report.js';
export * from './build-reports.js';

export * from './load-suite.js';
export * from './load-task.js';
export * from './resolve-suite.js';
export * from './select-tasks.js';
export * from './tasks-for-date.js';

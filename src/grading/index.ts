export * from './grade-workspace.js';
export * from './match-answer.js';
export * from './grade-cache.js';
export * from './validate-task.js';

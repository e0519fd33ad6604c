export * from './api-call-error.js';
export * from './retry-delay.js';
export * from './retry-policy.js';
export * from './with-retries.js';

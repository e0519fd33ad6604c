export * from './capped-buffer.js';
export * from './clean-env.js';
export * from './process/process-sandbox.js';
export * from './sandbox.js';

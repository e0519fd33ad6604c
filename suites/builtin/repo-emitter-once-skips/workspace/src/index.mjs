export { Emitter } from './emitter.mjs';

export { TaskQueue } from './queue.mjs';

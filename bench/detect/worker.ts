import { parentPort, workerData } from 'node:worker_threads';
import { runStream, type StreamJob } from './run-stream.js';

// A benchmark worker: runs the streams it was given and posts their outcomes back.
const jobs = (workerData as { jobs: StreamJob[] }).jobs;
parentPort?.postMessage(jobs.map((job) => runStream(job)));

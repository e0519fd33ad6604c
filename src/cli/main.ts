#!/usr/bin/env node
import { availableParallelism } from 'node:os';
import { systemClock } from '../core/clock.js';
import { runCli } from './run-cli.js';

// The composition root's process edge: the only place that reads process.env, argv and signals.
const controller = new AbortController();
let interrupts = 0;
const onSignal = (): void => {
  interrupts += 1;
  if (interrupts > 1) process.exit(130);
  process.stderr.write('\nbarometer: stopping — attempts in flight are cancelled and not recorded; press Ctrl-C again to quit at once\n');
  controller.abort();
};
process.on('SIGINT', onSignal);
process.on('SIGTERM', onSignal);

const code = await runCli(process.argv.slice(2), {
  cwd: process.cwd(),
  env: { ...process.env },
  stdout: process.stdout,
  stderr: process.stderr,
  clock: systemClock,
  cores: availableParallelism(),
  signal: controller.signal,
});
process.exitCode = code;

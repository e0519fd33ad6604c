import { CommanderError } from 'commander';
import { BarometerError } from '../core/errors.js';
import type { CliContext } from './cli-context.js';
import { createProgram } from './program.js';

/**
 * Runs the CLI with the given arguments (without `node` and the script) and returns the exit code:
 * 0 success, 1 failure (invalid tasks, internal error), 2 usage or configuration error, 130
 * interrupted. User errors print one line without a stack trace.
 */
export async function runCli(argv: readonly string[], ctx: CliContext): Promise<number> {
  const program = createProgram(ctx);
  try {
    await program.parseAsync([...argv], { from: 'user' });
    return 0;
  } catch (err) {
    if (err instanceof CommanderError) {
      // help and version "errors" are successes; commander already printed its message.
      if (err.code === 'commander.helpDisplayed' || err.code === 'commander.version' || err.code === 'commander.help') return 0;
      return 2;
    }
    if (err instanceof BarometerError) {
      ctx.stderr.write(`barometer: ${err.message}\n`);
      return err.exitCode;
    }
    ctx.stderr.write(`barometer: internal error: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
    return 1;
  }
}

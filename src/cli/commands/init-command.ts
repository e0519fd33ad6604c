import { existsSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Command } from 'commander';
import { usageError } from '../../core/errors.js';
import { DEFAULT_CONFIG_FILE } from '../../config/load-config.js';
import type { CliContext, GlobalOptions } from '../cli-context.js';
import { CONFIG_TEMPLATE } from '../config-template.js';

/** `barometer init`: writes a commented barometer.config.yaml. */
export function registerInitCommand(program: Command, ctx: CliContext): void {
  program
    .command('init')
    .description('write a commented barometer.config.yaml (or the --config path)')
    .option('--force', 'overwrite an existing file')
    .action((opts: { force?: boolean }, cmd: Command) => {
      const globals = cmd.optsWithGlobals<GlobalOptions>();
      const file = resolve(ctx.cwd, globals.config ?? DEFAULT_CONFIG_FILE);
      if (existsSync(file) && !opts.force) throw usageError('USAGE', `${file} already exists: edit it, or pass --force to overwrite it`);
      writeFileSync(file, CONFIG_TEMPLATE);
      ctx.stdout.write(`wrote ${file}\nnext: barometer run --agent my-agent && barometer report\n`);
    });
}

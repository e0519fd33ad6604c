import { UsageError } from './errors.mjs';

function findOption(spec, arg) {
  if (arg.startsWith('--')) {
    const name = arg.slice(2);
    if (spec[name]) return [name, spec[name]];
  } else {
    for (const [name, def] of Object.entries(spec)) {
      if (def.short && `-${def.short}` === arg) return [name, def];
    }
  }
  throw new UsageError(`unknown option ${arg}`);
}

function convert(name, def, raw) {
  if (def.type === 'number') {
    const n = Number(raw);
    if (raw === '' || Number.isNaN(n)) throw new UsageError(`--${name} expects a number, got "${raw}"`);
    return n;
  }
  return raw;
}

/**
 * Parses command-line arguments according to `spec` (see README.md).
 * @returns {{ options: object, positionals: string[] }}
 */
export function parseArgs(argv, spec) {
  const options = {};
  for (const [name, def] of Object.entries(spec)) {
    if (def.type === 'boolean') options[name] = false;
    if (def.multiple) options[name] = [];
  }
  const positionals = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--') {
      positionals.push(...argv.slice(i + 1));
      break;
    }
    if (!arg.startsWith('-') || arg === '-') {
      positionals.push(arg);
      continue;
    }
    let [flag, inline] = arg.split('=');
    const [name, def] = findOption(spec, flag);
    if (def.type === 'boolean') {
      if (inline !== undefined) throw new UsageError(`--${name} does not take a value`);
      options[name] = true;
      continue;
    }
    let raw = inline;
    if (raw === undefined) {
      const next = argv[i + 1];
      if (next === undefined || next.startsWith('-')) throw new UsageError(`--${name} needs a value`);
      raw = next;
      i++;
    }
    const value = convert(name, def, raw);
    if (def.multiple) options[name].push(value);
    else options[name] = value;
  }
  return { options, positionals };
}

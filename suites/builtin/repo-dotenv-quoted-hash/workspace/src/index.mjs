import { parseEnv } from './parse.mjs';
import { expand } from './expand.mjs';

export function loadEnv(text, base = {}) {
  return expand(parseEnv(text), base);
}

export { parseEnv };

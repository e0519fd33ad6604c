const ENV_KEYS = {
  APP_PORT: ['port', Number],
  APP_HOST: ['host', String],
  APP_LOG_LEVEL: ['logLevel', String],
  APP_WORKERS: ['workers', Number],
};

/** The settings found in an environment object (only the variables that are set). */
export function fromEnv(env = {}) {
  const out = {};
  for (const [name, [key, convert]] of Object.entries(ENV_KEYS)) {
    if (env[name] !== undefined && env[name] !== '') out[key] = convert(env[name]);
  }
  return out;
}

const FLAGS = {
  '--port': ['port', Number],
  '--host': ['host', String],
  '--log-level': ['logLevel', String],
  '--workers': ['workers', Number],
};

/** The settings given as --name=value flags; unknown arguments are ignored. */
export function fromArgs(argv = []) {
  const out = {};
  for (const arg of argv) {
    const eq = arg.indexOf('=');
    if (eq === -1) continue;
    const flag = FLAGS[arg.slice(0, eq)];
    if (flag) out[flag[0]] = flag[1](arg.slice(eq + 1));
  }
  return out;
}

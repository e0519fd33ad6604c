/** The options of the fetchy CLI. */
export const SPEC = {
  verbose: { type: 'boolean', short: 'v' },
  force: { type: 'boolean', short: 'f' },
  output: { type: 'string', short: 'o' },
  offset: { type: 'number' },
  header: { type: 'string', short: 'H', multiple: true },
};

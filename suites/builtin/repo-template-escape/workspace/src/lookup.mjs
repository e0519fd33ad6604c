/** The value at a dotted path such as "user.address.city", or undefined. */
export function lookup(data, path) {
  let value = data;
  for (const key of path.split('.')) {
    if (value === null || value === undefined) return undefined;
    value = value[key];
  }
  return value;
}

/**
 * Settings of a tenant: { plan: string, limits: { [name: string]: number } }.
 */
export const DEFAULT_SETTINGS = Object.freeze({
  plan: 'free',
  limits: { projects: 3, seats: 5, storageGb: 1 },
});

/**
 * Effective settings for a tenant: a new settings object equal to `settings`
 * except that every limit named in `overrides.limits` whose value is not
 * undefined replaces the limit of the same name, and `overrides.plan`, when
 * it is a non-empty string, replaces the plan.
 *
 * `overrides` may be omitted. Neither `settings` nor `overrides` (nor any
 * object inside them) is ever modified, so the same base settings can be
 * shared by many tenants.
 */
export function applyOverrides(settings, overrides = {}) {
  const result = { ...settings };
  if (overrides.limits) {
    for (const [name, value] of Object.entries(overrides.limits)) {
      if (value === undefined) continue;
      result.limits[name] = value;
    }
  }
  if (typeof overrides.plan === 'string' && overrides.plan !== '') {
    result.plan = overrides.plan;
  }
  return result;
}

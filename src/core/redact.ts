const KEY_PATTERNS = [
  /sk-ant-[A-Za-z0-9_-]{10,}/g, // Anthropic
  /sk-(?:proj-)?[A-Za-z0-9_-]{20,}/g, // OpenAI and compatible
  /AIza[0-9A-Za-z_-]{30,}/g, // Google
  /gh[pousr]_[A-Za-z0-9]{30,}/g, // GitHub
  /(["']?authorization["']?\s*[:=]\s*["']?(?:bearer|basic)\s+)[^\s"',}]+/gi,
  /(["']?x-api-key["']?\s*[:=]\s*["']?)[^\s"',}]+/gi,
];

/**
 * Removes secrets from text before it is stored or shown: every known secret value (at least 6
 * characters) and anything shaped like a well-known API key or auth header.
 */
export function redactSecrets(text: string, secrets: readonly string[] = []): string {
  let out = text;
  for (const s of secrets) {
    if (s.length >= 6) out = out.split(s).join('[REDACTED]');
  }
  for (const re of KEY_PATTERNS) {
    out = out.replace(re, (match: string, prefix?: string) => (typeof prefix === 'string' && prefix !== '' && match.startsWith(prefix) ? `${prefix}[REDACTED]` : '[REDACTED]'));
  }
  return out;
}

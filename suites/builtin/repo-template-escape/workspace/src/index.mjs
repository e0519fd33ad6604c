import { escapeHtml } from './escape.mjs';
import { lookup } from './lookup.mjs';

const TAG = /\{\{\{\s*([\w.]+)\s*\}\}\}|\{\{\s*([\w.]+)\s*\}\}/g;

/** Renders `template` with `data` (see README.md). */
export function render(template, data = {}) {
  return template.replace(TAG, (_, rawPath, escapedPath) => {
    const value = lookup(data, rawPath ?? escapedPath);
    if (value === undefined || value === null) return '';
    return rawPath ? String(value) : escapeHtml(value);
  });
}

export { escapeHtml };

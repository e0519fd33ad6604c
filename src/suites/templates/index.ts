// Parametric task templates (docs/templates.md): load a template, materialize a variant for a seed.
export * from './load-template.js';
export * from './materialize-variant.js';
export * from './template-random.js';

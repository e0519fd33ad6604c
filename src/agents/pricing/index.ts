export * from './price-table.js';

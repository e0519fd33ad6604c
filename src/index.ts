// The library entry `barometer`: domain types and the building blocks a program can compose.
export * from './core/index.js';

// The core types now live in src/core/types.ts; this re-export keeps older import paths compiling.
export * from './core/types.js';

// Git facts, split by job; importers use this module.
export * from './repo.js';

// Git facts, split by job: running git (process), a commit's tree (tree), git grep (grep), git cat-file (cat-file),
// changed files (diff), commits and history (refs), and the repository that puts them together (repo).
export { GitRepo, DEFAULT_MAX_FILE_BYTES } from './repo.js';
export { GitError } from './process.js';
export { normalizeRepoPath, type TreeEntry } from './tree.js';
export { grepScope, GrepOutputParser } from './grep.js';
export { BatchOutputParser } from './cat-file.js';
export { parseNameStatus } from './diff.js';

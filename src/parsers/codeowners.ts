import picomatch from 'picomatch';

// CODEOWNERS as GitHub reads it: gitignore-like patterns, last match wins, owners as @user, @org/team or e-mail.

export interface CodeownersRule { pattern: string; owners: string[]; line: number }
export interface CodeownersFile { rules: CodeownersRule[]; problems: { line: number; message: string }[] }
export const CODEOWNERS_LOCATIONS = ['.github/CODEOWNERS', 'CODEOWNERS', 'docs/CODEOWNERS'] as const;

const compiled = new WeakMap<CodeownersRule, (path: string) => boolean>();

export function parseCodeowners(text: string): CodeownersFile {
  const rules: CodeownersRule[] = [];
  const problems: CodeownersFile['problems'] = [];
  text.split(/\r?\n/).slice(0, 10_000).forEach((raw, i) => {
    const line = i + 1;
    const content = raw.replace(/(^|\s)#.*$/, '').trim();
    if (!content) return;
    const [pattern, ...owners] = content.split(/(?<!\\)\s+/);
    if (pattern!.startsWith('!')) {
      problems.push({ line, message: `"${pattern}": GitHub does not support negation in CODEOWNERS; the line is ignored` });
      return;
    }
    const valid = owners.filter((o) => /^@[A-Za-z0-9-]+(\/[A-Za-z0-9._-]+)?$/.test(o) || /^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(o));
    for (const o of owners) if (!valid.includes(o)) problems.push({ line, message: `"${o}" is not an @user, @org/team or e-mail address` });
    const rule = { pattern: pattern!.replace(/\\ /g, ' '), owners: valid, line };
    compiled.set(rule, compile(rule.pattern));
    rules.push(rule);
  });
  return { rules, problems };
}

function compile(pattern: string): (path: string) => boolean {
  const dirOnly = pattern.endsWith('/');
  let p = pattern.replace(/\/+$/, '');
  const anchored = p.startsWith('/') || p.includes('/');
  p = p.replace(/^\/+/, '');
  if (!anchored) p = `**/${p}`;
  const self = picomatch(p, { dot: true });
  const under = picomatch(`${p}/**`, { dot: true });
  // `docs/*` owns the files directly in docs/, not those in its subfolders (GitHub's documented example).
  const ownsSubfolders = !/(^|\/)\*$/.test(p) || p === '**/*';
  return (path) => (ownsSubfolders && under(path)) || (!dirOnly && self(path));
}

export function ownersOf(file: CodeownersFile, path: string): CodeownersRule | undefined {
  for (let i = file.rules.length - 1; i >= 0; i--) {
    const rule = file.rules[i]!;
    if (compiled.get(rule)?.(path)) return rule;
  }
  return undefined;
}

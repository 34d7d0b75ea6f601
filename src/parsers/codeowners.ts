/**
 * GitHub CODEOWNERS: parse the file and find the owners of a path.
 *
 * Pure (no I/O) and total: any text yields rules plus problems, never an exception.
 *
 * Pattern semantics follow GitHub's documented, gitignore-like syntax:
 * - a leading `/`, or a `/` anywhere but the end, anchors the pattern to the repository root;
 *   otherwise it matches at any depth;
 * - a trailing `/` matches a directory only (every file under it);
 * - a pattern that matches a directory matches every file under it, except that a final lone `*`
 *   segment (`docs/*`) matches direct children only, as GitHub documents;
 * - `*` and `?` stay within one path segment, a `**` segment spans any number of them (zero or more,
 *   except a trailing `/**`, which needs at least one: it means "everything inside");
 * - matching is case-sensitive and dotfiles are ordinary files;
 * - `\` makes the next character literal (`my\ file.txt`, `\#notes`, `\*`).
 * GitHub rejects `!` negation and `[ ]` ranges: such lines are reported as problems and skipped,
 * because GitHub flags them as errors and their intended meaning is unknowable (`\[` is a literal `[`).
 *
 * Matching does not use picomatch: its regexes backtrack exponentially on patterns with several
 * wildcards (five `*a*` segments then `b`, against a 250-character path, ran for more than 20 s), and in a
 * pull-request gate the file names come from the PR author. Instead each pattern is compiled once
 * into segments and matched greedily, in time bounded by pattern length times path length.
 */

export interface CodeownersRule {
  /** The pattern as written in the file, escapes included. */
  pattern: string;
  /** `@user`, `@org/team` or an email address, as written; empty means "no owners". */
  owners: string[];
  /** 1-based line in the file. */
  line: number;
}

export interface CodeownersFile {
  rules: CodeownersRule[];
  problems: { line: number; message: string }[];
}

/** Where GitHub looks for CODEOWNERS, in the order it looks (first found wins). */
export const CODEOWNERS_LOCATIONS = ['.github/CODEOWNERS', 'CODEOWNERS', 'docs/CODEOWNERS'] as const;

/** Input beyond these limits is reported, not parsed, so a hostile file cannot make parsing slow. */
export const MAX_CODEOWNERS_LINES = 10_000;
export const MAX_CODEOWNERS_LINE_LENGTH = 4_096;

type Problem = CodeownersFile['problems'][number];

export function parseCodeowners(text: string): CodeownersFile {
  const rules: CodeownersRule[] = [];
  const problems: Problem[] = [];
  if (typeof text !== 'string') {
    problems.push({ line: 1, message: 'CODEOWNERS content is not text; pass the file contents as a string.' });
    return { rules, problems };
  }

  let lineStart = text.charCodeAt(0) === 0xfeff ? 1 : 0; // an editor-added BOM is not part of the first pattern
  let lineNumber = 0;
  while (lineStart < text.length) {
    if (lineNumber === MAX_CODEOWNERS_LINES) {
      problems.push({
        line: lineNumber + 1,
        message: `CODEOWNERS has more than ${MAX_CODEOWNERS_LINES} lines; lines from ${lineNumber + 1} on are ignored. Use directory or wildcard patterns to shorten the file.`,
      });
      break;
    }
    lineNumber++;
    const newline = text.indexOf('\n', lineStart);
    const lineEnd = newline === -1 ? text.length : newline;
    const contentEnd = lineEnd > lineStart && text.charCodeAt(lineEnd - 1) === 13 ? lineEnd - 1 : lineEnd; // CRLF files
    const lineLength = contentEnd - lineStart;
    const lineText = lineLength > MAX_CODEOWNERS_LINE_LENGTH ? '' : text.slice(lineStart, contentEnd);
    lineStart = lineEnd + 1;

    if (lineLength > MAX_CODEOWNERS_LINE_LENGTH) {
      problems.push({
        line: lineNumber,
        message: `Line is ${lineLength} characters long, over the ${MAX_CODEOWNERS_LINE_LENGTH}-character limit, so it is ignored. Shorten the pattern or list fewer owners on it.`,
      });
      continue;
    }
    parseLine(lineText, lineNumber, rules, problems);
  }
  return { rules, problems };
}

/** The last rule that matches the path (GitHub semantics: last match wins), or undefined. A matching rule with no owners means "no owners" and is returned too (owners: []). */
export function ownersOf(file: CodeownersFile, path: string): CodeownersRule | undefined {
  if (typeof path !== 'string' || !file || !Array.isArray(file.rules)) return undefined;
  // Repo-relative paths; tolerate a leading "/" or doubled separators rather than miss a match.
  const pathSegments = path.split('/').filter((segment) => segment !== '');
  if (pathSegments.length === 0) return undefined;
  for (let index = file.rules.length - 1; index >= 0; index--) {
    const rule = file.rules[index]!;
    if (matchesSegments(matcherFor(rule), pathSegments)) return rule;
  }
  return undefined;
}

// ---------------------------------------------------------------------------------------------
// Lines

function parseLine(lineText: string, lineNumber: number, rules: CodeownersRule[], problems: Problem[]): void {
  const tokens = splitTokens(lineText);
  if (tokens.length === 0) return; // blank or comment
  const [pattern, ...ownerTokens] = tokens as [string, ...string[]];
  const report = (message: string): void => void problems.push({ line: lineNumber, message });

  const compiled = compilePattern(pattern);
  if (typeof compiled === 'string') {
    report(compiled);
    return;
  }

  const owners: string[] = [];
  for (const token of ownerTokens) {
    const problem = ownerProblem(token);
    if (problem === undefined) owners.push(token);
    else report(problem);
  }
  if (ownerTokens.length > 0 && owners.length === 0) {
    // Keeping the rule with no owners would silently turn a typo into "nobody owns these files".
    report(
      `No valid owner is left for "${pattern}", so the line is ignored; fix the owners above, or remove them all to mark the files as having no owners.`,
    );
    return;
  }

  const rule: CodeownersRule = { pattern, owners, line: lineNumber };
  compiledMatchers.set(rule, compiled);
  rules.push(rule);
}

/** Whitespace-separated tokens with escapes kept; an unescaped `#` starting a token begins a comment. */
function splitTokens(lineText: string): string[] {
  const tokens: string[] = [];
  let current = '';
  let inToken = false;
  for (let index = 0; index < lineText.length; index++) {
    const char = lineText[index]!;
    if (char === '\\' && index + 1 < lineText.length) {
      current += char + lineText[index + 1];
      index++;
      inToken = true;
    } else if (char === ' ' || char === '\t' || char === '\f' || char === '\v' || char === '\r') {
      if (inToken) tokens.push(current);
      current = '';
      inToken = false;
    } else if (char === '#' && !inToken) {
      break;
    } else {
      current += char;
      inToken = true;
    }
  }
  if (inToken) tokens.push(current);
  return tokens;
}

// ---------------------------------------------------------------------------------------------
// Owners

// GitHub logins are letters, digits and hyphens; Enterprise Managed Users add "_shortcode".
const USER_OWNER = /^@[A-Za-z0-9][A-Za-z0-9_-]*$/;
const TEAM_OWNER = /^@[A-Za-z0-9][A-Za-z0-9_-]*\/[A-Za-z0-9_][A-Za-z0-9_.-]*$/;
const EMAIL_OWNER = /^[^@\s,;<>"'()\\]+@[^@\s,;<>"'()\\/]+\.[^@\s,;<>"'()\\/.]+$/;
const OWNER_FORMS = 'write a user as @username, a team as @org/team-name, or an email address such as user@example.com';

function ownerProblem(token: string): string | undefined {
  if (USER_OWNER.test(token) || TEAM_OWNER.test(token) || EMAIL_OWNER.test(token)) return undefined;
  const shown = token.length > 80 ? `${token.slice(0, 77)}...` : token;
  if (token.includes(',') || token.includes(';')) {
    return `"${shown}" is not a valid owner: separate owners with spaces, not commas or semicolons.`;
  }
  if (/^[A-Za-z0-9][A-Za-z0-9_-]*(\/[A-Za-z0-9_][A-Za-z0-9_.-]*)?$/.test(token)) {
    return `"${shown}" is not a valid owner: it lacks the leading @; write "@${shown}".`;
  }
  return `"${shown}" is not a valid owner: ${OWNER_FORMS}. The owner is ignored.`;
}

// ---------------------------------------------------------------------------------------------
// Patterns

/** One token of a compiled segment: a UTF-16 code unit to match literally, or a wildcard. */
const ANY_RUN = -1; // `*`
const ANY_CHAR = -2; // `?`

/** A compiled path segment: `**`, or tokens matched against exactly one path segment. */
type SegmentPattern = typeof GLOBSTAR | { literal: string } | { tokens: Int32Array };
const GLOBSTAR = 'globstar' as const;
const ANY_SEGMENT: SegmentPattern = { tokens: Int32Array.of(ANY_RUN) };

type CompiledPattern = readonly SegmentPattern[];
const NEVER_MATCHES: CompiledPattern = [{ literal: '' }]; // path segments are never empty

// Rules stay plain data (comparable, serialisable); their compiled form lives here. ownersOf
// compiles lazily for rules that parseCodeowners did not create (copies, deserialised files).
const compiledMatchers = new WeakMap<CodeownersRule, CompiledPattern>();

function matcherFor(rule: CodeownersRule): CompiledPattern {
  let compiled = compiledMatchers.get(rule);
  if (compiled === undefined) {
    const result = typeof rule?.pattern === 'string' ? compilePattern(rule.pattern) : undefined;
    compiled = typeof result === 'object' ? result : NEVER_MATCHES;
    if (rule !== null && typeof rule === 'object') compiledMatchers.set(rule, compiled);
  }
  return compiled;
}

/** The compiled pattern, or a message saying why the line cannot be used. */
function compilePattern(pattern: string): CompiledPattern | string {
  if (pattern.startsWith('!')) {
    return `"${pattern}" uses ! negation, which GitHub CODEOWNERS does not support, so the line is ignored. To exempt files, add a later line for them with different owners or none.`;
  }

  // Split on unescaped "/" into segments of {char, literal} units.
  type Unit = { char: string; escaped: boolean };
  const segments: Unit[][] = [[]];
  let startsWithSlash = false;
  let endsWithSlash = false;
  for (let index = 0; index < pattern.length; index++) {
    let char = pattern[index]!;
    let escaped = false;
    if (char === '\\' && index + 1 < pattern.length) {
      char = pattern[++index]!;
      escaped = char !== '/'; // a slash cannot be escaped out of being a separator
    }
    if (!escaped && (char === '[' || char === ']')) {
      return `"${pattern}" uses [ ] character ranges, which GitHub CODEOWNERS does not support, so the line is ignored. List each alternative on its own line (e.g. "*.c" and "*.h") or use "?" / "*".`;
    }
    if (char === '/' && !escaped) {
      if (index === 0) startsWithSlash = true;
      if (index === pattern.length - 1) endsWithSlash = true;
      segments.push([]);
    } else {
      segments[segments.length - 1]!.push({ char, escaped });
    }
  }
  const nonEmptySegments = segments.filter((segment) => segment.length > 0);
  if (nonEmptySegments.length === 0) {
    return `The pattern "${pattern}" matches nothing; use "*" to match every file.`;
  }

  // Anchored when a "/" appears anywhere but the end ("/docs", "docs/api", but not "docs/").
  const anchored = startsWithSlash || nonEmptySegments.length > 1;
  const compiled: SegmentPattern[] = anchored ? [] : [GLOBSTAR];
  for (const units of nonEmptySegments) {
    const isGlobstar = units.length === 2 && units.every((unit) => unit.char === '*' && !unit.escaped);
    if (isGlobstar) {
      if (compiled[compiled.length - 1] !== GLOBSTAR) compiled.push(GLOBSTAR);
    } else {
      compiled.push(compileSegment(units));
    }
  }

  const last = nonEmptySegments[nonEmptySegments.length - 1]!;
  const endsWithLoneStar = last.length === 1 && last[0]!.char === '*' && !last[0]!.escaped;
  const endsWithGlobstar = compiled[compiled.length - 1] === GLOBSTAR;
  if (endsWithSlash) {
    if (!endsWithGlobstar) compiled.push(GLOBSTAR);
    compiled.push(ANY_SEGMENT); // a directory: some file strictly inside it
  } else if (endsWithGlobstar) {
    compiled.push(ANY_SEGMENT); // "a/**" means everything inside a, not a itself
  } else if (!endsWithLoneStar) {
    compiled.push(GLOBSTAR); // the path itself, or anything under it if it names a directory
  }
  return compiled;
}

function compileSegment(units: { char: string; escaped: boolean }[]): SegmentPattern {
  if (units.every((unit) => unit.escaped || (unit.char !== '*' && unit.char !== '?'))) {
    return { literal: units.map((unit) => unit.char).join('') };
  }
  const tokens: number[] = [];
  for (const { char, escaped } of units) {
    if (!escaped && char === '*') {
      if (tokens[tokens.length - 1] !== ANY_RUN) tokens.push(ANY_RUN); // "**" inside a segment is "*"
    } else if (!escaped && char === '?') {
      tokens.push(ANY_CHAR);
    } else {
      tokens.push(char.charCodeAt(0));
    }
  }
  return { tokens: Int32Array.from(tokens) };
}

// ---------------------------------------------------------------------------------------------
// Matching
//
// Both levels use the classic greedy wildcard algorithm: on a mismatch, only the most recent
// wildcard absorbs one more unit. Matching each fixed run at its leftmost position is never worse
// than a later one, so no deeper backtracking is needed and the work stays polynomial.

function matchesSegments(pattern: CompiledPattern, pathSegments: readonly string[]): boolean {
  let patternIndex = 0;
  let pathIndex = 0;
  let globstarIndex = -1;
  let globstarPathIndex = 0;
  while (pathIndex < pathSegments.length) {
    const segmentPattern = pattern[patternIndex];
    if (segmentPattern === GLOBSTAR) {
      globstarIndex = patternIndex++;
      globstarPathIndex = pathIndex;
      continue;
    }
    if (segmentPattern !== undefined && matchesSegment(segmentPattern, pathSegments[pathIndex]!)) {
      patternIndex++;
      pathIndex++;
      continue;
    }
    if (globstarIndex < 0) return false;
    patternIndex = globstarIndex + 1;
    pathIndex = ++globstarPathIndex;
  }
  while (pattern[patternIndex] === GLOBSTAR) patternIndex++;
  return patternIndex === pattern.length;
}

function matchesSegment(segmentPattern: Exclude<SegmentPattern, typeof GLOBSTAR>, segment: string): boolean {
  if ('literal' in segmentPattern) return segmentPattern.literal === segment;
  const { tokens } = segmentPattern;
  let tokenIndex = 0;
  let charIndex = 0;
  let runIndex = -1;
  let runCharIndex = 0;
  while (charIndex < segment.length) {
    if (tokenIndex < tokens.length) {
      const token = tokens[tokenIndex]!;
      if (token === ANY_RUN) {
        runIndex = tokenIndex++;
        runCharIndex = charIndex;
        continue;
      }
      if (token === ANY_CHAR) {
        charIndex += codeUnitsAt(segment, charIndex);
        tokenIndex++;
        continue;
      }
      if (token === segment.charCodeAt(charIndex)) {
        charIndex++;
        tokenIndex++;
        continue;
      }
    }
    if (runIndex < 0) return false;
    tokenIndex = runIndex + 1;
    charIndex = ++runCharIndex;
  }
  while (tokens[tokenIndex] === ANY_RUN) tokenIndex++;
  return tokenIndex === tokens.length;
}

/** `?` is one character, so it takes both halves of a surrogate pair (emoji in file names). */
function codeUnitsAt(text: string, index: number): number {
  const unit = text.charCodeAt(index);
  if (unit >= 0xd800 && unit <= 0xdbff && index + 1 < text.length) {
    const next = text.charCodeAt(index + 1);
    if (next >= 0xdc00 && next <= 0xdfff) return 2;
  }
  return 1;
}

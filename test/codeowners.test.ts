import { describe, it, expect } from 'vitest';
import {
  CODEOWNERS_LOCATIONS,
  MAX_CODEOWNERS_LINE_LENGTH,
  MAX_CODEOWNERS_LINES,
  ownersOf,
  parseCodeowners,
  type CodeownersFile,
} from '../src/parsers/codeowners.js';

/** The example file from GitHub's "About code owners" documentation. */
const GITHUB_EXAMPLE = `# This is a comment.
# Each line is a file pattern followed by one or more owners.

# These owners will be the default owners for everything in
# the repo. Unless a later match takes precedence,
# @global-owner1 and @global-owner2 will be requested for
# review when someone opens a pull request.
*       @global-owner1 @global-owner2

# Order is important; the last matching pattern takes the most
# precedence. When someone opens a pull request that only
# modifies JS files, only @js-owner and not the global
# owner(s) will be requested for a review.
*.js    @js-owner #This is an inline comment.

# You can also use email addresses if you prefer. They'll be
# used to look up users just like we do for commit author
# emails.
*.go docs@example.com

# Teams can be specified as code owners as well. Teams should
# be identified in the format @org/team-name. Teams must have
# explicit write access to the repository. In this example,
# the octocats team in the octo-org organization owns all .txt files.
*.txt @octo-org/octocats

# In this example, @doctocat owns any files in the build/logs
# directory at the root of the repository and any of its
# subdirectories.
/build/logs/ @doctocat

# The \`docs/*\` pattern will match files like
# \`docs/getting-started.md\` but not further nested files like
# \`docs/build-app/troubleshooting.md\`.
docs/*  docs@example.com

# In this example, @octocat owns any file in an apps directory
# anywhere in your repository.
apps/ @octocat

# In this example, @doctocat owns any file in the \`/docs\`
# directory in the root of your repository and any of its
# subdirectories.
/docs/ @doctocat

# In this example, any change inside the \`/scripts\` directory
# will require approval from @doctocat or @octocat.
/scripts/ @doctocat @octocat

# In this example, @octocat owns any file in a \`/logs\` directory such as
# \`/build/logs\`, \`/scripts/logs\`, and \`/deeply/nested/logs\`. Any changes
# in a \`/logs\` directory will require approval from @octocat.
**/logs @octocat

# In this example, @octocat owns any file in the \`/apps\`
# directory in the root of your repository except for the \`/apps/github\`
# subdirectory, as its owners are left empty.
/apps/ @octocat
/apps/github
`;

/** 1-based line of the first line of `text` that is exactly `content`. */
function lineOf(text: string, content: string): number {
  const index = text.split('\n').indexOf(content);
  if (index < 0) throw new Error(`test setup: no line ${JSON.stringify(content)}`);
  return index + 1;
}

/** Owners of the winning rule, or undefined when no rule matches. */
function ownersFor(file: CodeownersFile, path: string): string[] | undefined {
  return ownersOf(file, path)?.owners;
}

describe('CODEOWNERS_LOCATIONS', () => {
  it('lists the places GitHub looks, in its order', () => {
    expect(CODEOWNERS_LOCATIONS).toEqual(['.github/CODEOWNERS', 'CODEOWNERS', 'docs/CODEOWNERS']);
  });
});

describe("GitHub's documentation example", () => {
  const file = parseCodeowners(GITHUB_EXAMPLE);
  const winner = (path: string) => {
    const rule = ownersOf(file, path);
    return rule && { pattern: rule.pattern, owners: rule.owners, line: rule.line };
  };

  it('parses every rule, with its line, and reports no problems', () => {
    expect(file.problems).toEqual([]);
    expect(file.rules.map((rule) => [rule.pattern, rule.owners])).toEqual([
      ['*', ['@global-owner1', '@global-owner2']],
      ['*.js', ['@js-owner']],
      ['*.go', ['docs@example.com']],
      ['*.txt', ['@octo-org/octocats']],
      ['/build/logs/', ['@doctocat']],
      ['docs/*', ['docs@example.com']],
      ['apps/', ['@octocat']],
      ['/docs/', ['@doctocat']],
      ['/scripts/', ['@doctocat', '@octocat']],
      ['**/logs', ['@octocat']],
      ['/apps/', ['@octocat']],
      ['/apps/github', []],
    ]);
    expect(file.rules[0]!.line).toBe(8);
    expect(file.rules[1]!.line).toBe(14);
    for (const rule of file.rules)
      expect(GITHUB_EXAMPLE.split('\n')[rule.line - 1]).toMatch(new RegExp(`^${rule.pattern.replace(/[*.]/g, '\\$&')}(\\s|$)`));
  });

  it('gives everything else to the global owners, dotfiles included', () => {
    expect(winner('README.md')).toEqual({ pattern: '*', owners: ['@global-owner1', '@global-owner2'], line: 8 });
    expect(winner('src/deep/file.rs')?.pattern).toBe('*');
    expect(winner('.github/workflows/ci.yml')?.pattern).toBe('*');
  });

  it('lets a later extension rule win over "*", and strips the inline comment', () => {
    expect(winner('src/app.js')).toEqual({ pattern: '*.js', owners: ['@js-owner'], line: 14 });
    expect(winner('app.js')?.owners).toEqual(['@js-owner']);
    expect(winner('app.jsx')?.pattern).toBe('*'); // "*.js" is not a prefix match
  });

  it('accepts an email owner and a team owner', () => {
    expect(winner('cmd/server/main.go')?.owners).toEqual(['docs@example.com']);
    expect(winner('notes/todo.txt')?.owners).toEqual(['@octo-org/octocats']);
  });

  it('gives /build/logs/ to @doctocat, but the later **/logs rule wins for files under it', () => {
    const buildLogs = file.rules.find((rule) => rule.pattern === '/build/logs/')!;
    expect(ownersOf({ rules: [buildLogs], problems: [] }, 'build/logs/2024/run.log')).toBe(buildLogs);
    expect(ownersOf({ rules: [buildLogs], problems: [] }, 'src/build/logs/run.log')).toBeUndefined();
    expect(winner('build/logs/run.log')).toEqual({
      pattern: '**/logs',
      owners: ['@octocat'],
      line: lineOf(GITHUB_EXAMPLE, '**/logs @octocat'),
    });
  });

  it('lets /docs/ (later) override docs/* for every file under the root docs directory', () => {
    expect(winner('docs/getting-started.md')?.pattern).toBe('/docs/');
    expect(winner('docs/build-app/troubleshooting.md')).toEqual({
      pattern: '/docs/',
      owners: ['@doctocat'],
      line: lineOf(GITHUB_EXAMPLE, '/docs/ @doctocat'),
    });
    expect(winner('guide/docs/intro.md')?.pattern).toBe('*'); // both docs rules are anchored
  });

  it('matches apps/ at any depth, /apps/ only at the root', () => {
    expect(winner('web/apps/main.ts')).toEqual({ pattern: 'apps/', owners: ['@octocat'], line: lineOf(GITHUB_EXAMPLE, 'apps/ @octocat') });
    expect(winner('apps/main.ts')).toEqual({ pattern: '/apps/', owners: ['@octocat'], line: lineOf(GITHUB_EXAMPLE, '/apps/ @octocat') });
    expect(winner('apps')?.pattern).toBe('*'); // a file named "apps" is not the apps/ directory
  });

  it('returns the owner-less /apps/github rule for files under it (the "no owners" override)', () => {
    const rule = ownersOf(file, 'apps/github/index.ts');
    expect(rule).toEqual({ pattern: '/apps/github', owners: [], line: lineOf(GITHUB_EXAMPLE, '/apps/github') });
    expect(ownersOf(file, 'apps/github')?.owners).toEqual([]);
    expect(winner('apps/githubber/index.ts')?.pattern).toBe('/apps/'); // segment match, not prefix
  });

  it('gives /scripts/ two owners, and **/logs wins at any depth', () => {
    expect(winner('scripts/deploy.sh')).toEqual({
      pattern: '/scripts/',
      owners: ['@doctocat', '@octocat'],
      line: lineOf(GITHUB_EXAMPLE, '/scripts/ @doctocat @octocat'),
    });
    expect(winner('scripts/logs/deploy.log')?.pattern).toBe('**/logs');
    expect(winner('deeply/nested/logs/x.txt')?.pattern).toBe('**/logs'); // after *.txt, so it wins
    expect(winner('logs/x.txt')?.pattern).toBe('**/logs'); // ** also matches zero directories
    expect(winner('catalogs/x.md')?.pattern).toBe('*');
  });

  it('lets a later rule give an owner-less path owners again', () => {
    const extended = parseCodeowners(`${GITHUB_EXAMPLE}/apps/ @octocat\n/apps/github @doctocat\n`);
    expect(ownersFor(extended, 'apps/github/index.ts')).toEqual(['@doctocat']);
    expect(ownersOf(extended, 'apps/github/index.ts')?.line).toBe(GITHUB_EXAMPLE.split('\n').length + 1);
  });
});

describe('comments, blank lines and line numbers', () => {
  it('ignores comment and blank lines but counts them, with LF or CRLF endings and a BOM', () => {
    const text = '\uFEFF# owners\n\n   \n\t# indented comment\n*.md @docs # trailing\n\n/src/ @dev\n';
    for (const variant of [text, text.replace(/\n/g, '\r\n')]) {
      const file = parseCodeowners(variant);
      expect(file.problems).toEqual([]);
      expect(file.rules).toEqual([
        { pattern: '*.md', owners: ['@docs'], line: 5 },
        { pattern: '/src/', owners: ['@dev'], line: 7 },
      ]);
    }
  });

  it('treats # as a comment only at the start of a token', () => {
    const file = parseCodeowners('file#1 @a\n*.c @b #@c\n*.h @d @d#e\n');
    expect(file.rules[0]).toEqual({ pattern: 'file#1', owners: ['@a'], line: 1 });
    expect(ownersFor(file, 'file#1')).toEqual(['@a']);
    expect(file.rules[1]!.owners).toEqual(['@b']);
    expect(file.rules[2]!.owners).toEqual(['@d']);
    expect(file.problems).toEqual([{ line: 3, message: expect.stringContaining('"@d#e" is not a valid owner') }]);
  });

  it('lets \\# start a pattern with a hash', () => {
    const file = parseCodeowners('\\#notes.md @a\n#notes.md @b\n');
    expect(file.rules).toEqual([{ pattern: '\\#notes.md', owners: ['@a'], line: 1 }]);
    expect(ownersFor(file, '#notes.md')).toEqual(['@a']);
    expect(ownersFor(file, 'sub/#notes.md')).toEqual(['@a']);
    expect(ownersFor(file, 'notes.md')).toBeUndefined();
  });

  it('accepts a file with no trailing newline and an empty file', () => {
    expect(parseCodeowners('* @a').rules).toEqual([{ pattern: '*', owners: ['@a'], line: 1 }]);
    expect(parseCodeowners('')).toEqual({ rules: [], problems: [] });
  });
});

describe('owners', () => {
  it('keeps users, teams and emails as written', () => {
    const file = parseCodeowners('* @alice @Bob-2 @acme/web-platform @acme/team_x jane.doe+ci@example.co.uk @emu-user_acme\n');
    expect(file.problems).toEqual([]);
    expect(file.rules[0]!.owners).toEqual([
      '@alice',
      '@Bob-2',
      '@acme/web-platform',
      '@acme/team_x',
      'jane.doe+ci@example.co.uk',
      '@emu-user_acme',
    ]);
  });

  it('drops bad owners, reporting each with its line and how to fix it', () => {
    const file = parseCodeowners('# header\n*.ts @ok alice @a,@b @ @org/team/sub not-an@email\n');
    expect(file.rules).toEqual([{ pattern: '*.ts', owners: ['@ok'], line: 2 }]);
    expect(file.problems.map((problem) => problem.line)).toEqual([2, 2, 2, 2, 2]);
    const [missingAt, commas, bareAt, nestedTeam, badEmail] = file.problems.map((problem) => problem.message);
    expect(missingAt).toMatch(/"alice" is not a valid owner.*"@alice"/);
    expect(commas).toMatch(/"@a,@b" is not a valid owner.*spaces, not commas/);
    expect(bareAt).toMatch(/"@" is not a valid owner.*@username.*@org\/team-name.*email/);
    expect(nestedTeam).toMatch(/"@org\/team\/sub" is not a valid owner/);
    expect(badEmail).toMatch(/"not-an@email" is not a valid owner/);
  });

  it('skips a line whose owners are all invalid instead of making its files owner-less', () => {
    const file = parseCodeowners('* @global\n/src/ alice bob\n');
    expect(file.rules.map((rule) => rule.pattern)).toEqual(['*']);
    expect(ownersFor(file, 'src/a.ts')).toEqual(['@global']);
    expect(file.problems).toHaveLength(3);
    expect(file.problems.every((problem) => problem.line === 2)).toBe(true);
    expect(file.problems[2]!.message).toMatch(/No valid owner is left for "\/src\/".*ignored/);
  });
});

describe('unsupported syntax', () => {
  it('reports and skips ! negation lines', () => {
    const file = parseCodeowners('* @a\n!*.md @b\n');
    expect(file.rules.map((rule) => rule.pattern)).toEqual(['*']);
    expect(file.problems).toEqual([{ line: 2, message: expect.stringMatching(/"!\*\.md" uses ! negation.*not support.*later line/) }]);
    expect(ownersFor(file, 'README.md')).toEqual(['@a']);
  });

  it('reports and skips [ ] ranges, but matches escaped brackets literally', () => {
    const file = parseCodeowners('*.[ch] @c\n/pages/\\[id\\].tsx @web\n');
    expect(file.problems).toEqual([{ line: 1, message: expect.stringMatching(/"\*\.\[ch\]" uses \[ \] character ranges.*own line/) }]);
    expect(file.rules.map((rule) => rule.pattern)).toEqual(['/pages/\\[id\\].tsx']);
    expect(ownersFor(file, 'main.c')).toBeUndefined();
    expect(ownersFor(file, 'pages/[id].tsx')).toEqual(['@web']);
    expect(ownersFor(file, 'pages/i.tsx')).toBeUndefined();
  });

  it('reports a pattern that can match nothing', () => {
    const file = parseCodeowners('/ @a\n');
    expect(file.rules).toEqual([]);
    expect(file.problems).toEqual([{ line: 1, message: expect.stringContaining('use "*"') }]);
  });
});

describe('pattern matching', () => {
  const matches = (pattern: string, path: string) => ownersOf(parseCodeowners(`${pattern} @owner`), path) !== undefined;

  it('docs/* matches direct children only', () => {
    expect(matches('docs/*', 'docs/a.md')).toBe(true);
    expect(matches('docs/*', 'docs/.hidden')).toBe(true);
    expect(matches('docs/*', 'docs/a/b.md')).toBe(false);
    expect(matches('docs/*', 'docs')).toBe(false);
    expect(matches('docs/*', 'src/docs/a.md')).toBe(false);
    expect(matches('/*', 'root.txt')).toBe(true);
    expect(matches('/*', 'dir/nested.txt')).toBe(false);
  });

  it('anchors on a leading slash or an inner slash, otherwise matches at any depth', () => {
    expect(matches('logs', 'logs')).toBe(true);
    expect(matches('logs', 'logs/a.txt')).toBe(true);
    expect(matches('logs', 'a/b/logs/c.txt')).toBe(true);
    expect(matches('logs', 'a/logs')).toBe(true);
    expect(matches('logs', 'a/logsx/c.txt')).toBe(false);
    expect(matches('/logs', 'logs/a.txt')).toBe(true);
    expect(matches('/logs', 'a/logs/c.txt')).toBe(false);
    expect(matches('src/lib', 'src/lib/a.ts')).toBe(true);
    expect(matches('src/lib', 'pkg/src/lib/a.ts')).toBe(false);
    expect(matches('*.md', 'a/b/c.md')).toBe(true);
    expect(matches('/*.md', 'a/c.md')).toBe(false);
    expect(matches('/*.md', 'c.md')).toBe(true);
  });

  it('treats a trailing slash as "directory only"', () => {
    expect(matches('build/', 'build')).toBe(false);
    expect(matches('build/', 'build/out.js')).toBe(true);
    expect(matches('build/', 'pkg/build/deep/out.js')).toBe(true);
    expect(matches('/src/gen/', 'src/gen/a/b.ts')).toBe(true);
    expect(matches('/src/gen/', 'x/src/gen/a.ts')).toBe(false);
  });

  it('keeps * and ? inside one segment, while ** spans segments', () => {
    expect(matches('src/*.ts', 'src/a.ts')).toBe(true);
    expect(matches('src/*.ts', 'src/a/b.ts')).toBe(false);
    expect(matches('src/**/*.ts', 'src/a/b/c.ts')).toBe(true);
    expect(matches('src/**/*.ts', 'src/c.ts')).toBe(true);
    expect(matches('src/**/test', 'src/test/x.ts')).toBe(true);
    expect(matches('src/**/test', 'src/a/b/test/x.ts')).toBe(true);
    expect(matches('src/**/test', 'lib/src/test/x.ts')).toBe(false);
    expect(matches('src/**', 'src/a.ts')).toBe(true);
    expect(matches('src/**', 'src')).toBe(false);
    expect(matches('file?.txt', 'file1.txt')).toBe(true);
    expect(matches('file?.txt', 'file.txt')).toBe(false);
    expect(matches('file?.txt', 'file12.txt')).toBe(false);
    expect(matches('file?.txt', 'file\u{1F600}.txt')).toBe(true); // ? is one character, not one UTF-16 unit
    expect(matches('a?b', 'a/b')).toBe(false);
    expect(matches('*', 'a/b/c')).toBe(true);
    expect(matches('f*', 'foo/bar')).toBe(true); // the directory foo matches
  });

  it('is case-sensitive and matches dotfiles', () => {
    expect(matches('README.md', 'README.md')).toBe(true);
    expect(matches('README.md', 'readme.md')).toBe(false);
    expect(matches('*.yml', '.github/workflows/ci.yml')).toBe(true);
    expect(matches('.github/', '.github/CODEOWNERS')).toBe(true);
  });

  it('keeps backslash-escaped spaces and wildcards literal', () => {
    const file = parseCodeowners('my\\ file.txt @a\n/lit\\*.md @b\n');
    expect(file.rules.map((rule) => rule.pattern)).toEqual(['my\\ file.txt', '/lit\\*.md']);
    expect(ownersFor(file, 'my file.txt')).toEqual(['@a']);
    expect(ownersFor(file, 'docs/my file.txt')).toEqual(['@a']);
    expect(ownersFor(file, 'my')).toBeUndefined();
    expect(ownersFor(file, 'lit*.md')).toEqual(['@b']);
    expect(ownersFor(file, 'litx.md')).toBeUndefined();
  });

  it('treats glob syntax GitHub lacks (braces, extglobs) as literal characters', () => {
    expect(matches('*.{js,ts}', 'a.js')).toBe(false);
    expect(matches('*.{js,ts}', 'a.{js,ts}')).toBe(true);
    expect(matches('+(a|b)', '+(a|b)')).toBe(true);
    expect(matches('+(a|b)', 'a')).toBe(false);
  });

  it('matches rules from a file it did not parse (compiled on first use)', () => {
    const file: CodeownersFile = {
      rules: [
        { pattern: '/src/', owners: ['@dev'], line: 3 },
        { pattern: '!bad', owners: ['@x'], line: 4 },
      ],
      problems: [],
    };
    expect(ownersOf(file, 'src/a.ts')).toEqual({ pattern: '/src/', owners: ['@dev'], line: 3 });
    expect(ownersOf(file, 'bad')).toBeUndefined();
    expect(ownersOf(file, 'lib/a.ts')).toBeUndefined();
  });

  it('returns undefined for an empty path and tolerates a leading slash', () => {
    const file = parseCodeowners('* @a\n');
    expect(ownersOf(file, '')).toBeUndefined();
    expect(ownersFor(file, '/README.md')).toEqual(['@a']);
  });
});

describe('limits and robustness', () => {
  it(`reads at most ${MAX_CODEOWNERS_LINES} lines`, () => {
    const lines = Array.from({ length: MAX_CODEOWNERS_LINES + 5 }, (_, index) => `/file${index + 1} @a`);
    const file = parseCodeowners(lines.join('\n'));
    expect(file.rules).toHaveLength(MAX_CODEOWNERS_LINES);
    expect(file.rules.at(-1)!.line).toBe(MAX_CODEOWNERS_LINES);
    expect(file.problems).toEqual([{ line: MAX_CODEOWNERS_LINES + 1, message: expect.stringContaining('ignored') }]);
    expect(ownersOf(file, `file${MAX_CODEOWNERS_LINES + 1}`)).toBeUndefined();

    const exactlyAtLimit = parseCodeowners(`${lines.slice(0, MAX_CODEOWNERS_LINES).join('\n')}\n`);
    expect(exactlyAtLimit.problems).toEqual([]);
  });

  it(`skips lines longer than ${MAX_CODEOWNERS_LINE_LENGTH} characters`, () => {
    const longLine = `/${'a'.repeat(MAX_CODEOWNERS_LINE_LENGTH)} @a`;
    const fitting = `/${'b'.repeat(MAX_CODEOWNERS_LINE_LENGTH - 4)} @b`;
    expect(fitting).toHaveLength(MAX_CODEOWNERS_LINE_LENGTH);
    const file = parseCodeowners(`* @x\n${longLine}\n${fitting}\n`);
    expect(file.rules.map((rule) => rule.line)).toEqual([1, 3]);
    expect(file.problems).toEqual([{ line: 2, message: expect.stringMatching(/4100 characters.*4096-character limit/) }]);
  });

  it('stays fast on patterns and paths that make backtracking regexes explode', () => {
    const segment = 'a'.repeat(50);
    const file = parseCodeowners('*a*/*a*/*a*/*a*/*a*/b @x\n/**/a/**/a/**/b @y\n*a*a*a*a*a*a*a*a*a*a*a*a*b @z\n');
    expect(file.problems).toEqual([]);
    const hostilePaths = [`${segment}/${segment}/${segment}/${segment}/${segment}/c`, `${'a/'.repeat(2000)}c`, 'a'.repeat(4000)];
    const started = performance.now();
    for (const path of hostilePaths) expect(ownersOf(file, path)).toBeUndefined();
    expect(ownersFor(file, `${segment}/${segment}/${segment}/${segment}/${segment}/b`)).toEqual(['@x']);
    expect(performance.now() - started).toBeLessThan(1_000);
  });

  it('answers thousands of paths against hundreds of rules quickly', () => {
    const ruleLines = Array.from({ length: 300 }, (_, index) => `/packages/pkg${index}/src/ @team${index}\n**/fixtures/*.json @qa`);
    const file = parseCodeowners(`* @all\n${ruleLines.join('\n')}\n`);
    const paths = Array.from({ length: 5_000 }, (_, index) => `packages/pkg${index % 400}/src/mod${index}/file${index}.ts`);
    const started = performance.now();
    const owners = paths.map((path) => ownersOf(file, path)?.owners[0]);
    expect(performance.now() - started).toBeLessThan(3_000);
    expect(owners[7]).toBe('@team7');
    expect(owners[350]).toBe('@all');
  });

  it('never throws on pseudo-random input', () => {
    let seed = 0x5eed1234;
    const random = (): number => {
      // mulberry32: small, seeded, good enough to scatter characters
      seed = (seed + 0x6d2b79f5) | 0;
      let mixed = Math.imul(seed ^ (seed >>> 15), 1 | seed);
      mixed = (mixed + Math.imul(mixed ^ (mixed >>> 7), 61 | mixed)) ^ mixed;
      return ((mixed ^ (mixed >>> 14)) >>> 0) / 4294967296;
    };
    const syntax = [
      '*',
      '**',
      '?',
      '/',
      '\\',
      '#',
      '!',
      '@',
      '[',
      ']',
      ' ',
      '\t',
      '\n',
      '\r\n',
      'a',
      'b',
      '.',
      '@org/',
      'x@y.z',
      '\uD800',
      '\uDC00',
      '\u0000',
      '\uFEFF',
    ];
    const randomText = (maxLength: number): string => {
      let text = '';
      const length = Math.floor(random() * maxLength);
      for (let index = 0; index < length; index++) {
        text += random() < 0.6 ? syntax[Math.floor(random() * syntax.length)] : String.fromCharCode(Math.floor(random() * 0x10000));
      }
      return text;
    };

    for (let round = 0; round < 300; round++) {
      const text = randomText(600);
      const file = parseCodeowners(text);
      const lineCount = text.split('\n').length;
      for (const rule of file.rules) {
        expect(rule.line).toBeGreaterThanOrEqual(1);
        expect(rule.line).toBeLessThanOrEqual(lineCount);
        expect(rule.pattern.length).toBeGreaterThan(0);
      }
      for (const problem of file.problems) {
        expect(problem.line).toBeGreaterThanOrEqual(1);
        expect(problem.message.length).toBeGreaterThan(0);
      }
      for (let probe = 0; probe < 5; probe++) ownersOf(file, randomText(80));
    }
    expect(() => parseCodeowners(undefined as unknown as string)).not.toThrow();
    expect(() => ownersOf({ rules: [null as never], problems: [] }, 'a')).not.toThrow();
  });
});

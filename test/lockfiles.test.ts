import { describe, expect, it } from 'vitest';
import { LOCKFILE_NAMES, purlKey, readLockfile, readLockfileOfKind } from '../src/parsers/lockfiles/index.js';
import { isLockfile } from '../src/rules/common/lockfile-sources.js';
import { readerFailed } from '../src/parsers/lockfiles/kinds.js';
import { readPackageLock } from '../src/parsers/lockfiles/npm.js';
import { packLockfile, packPurls, unpackLockfile } from '../src/parsers/lockfiles/packed.js';
import { exactMatches } from '../src/parsers/lockfiles/worker.js';
import { expectLinear } from './helpers/scaling.js';

const view = (path: string, text: string) => {
  const r = readLockfile(path, text);
  return {
    kind: r.kind,
    packages: r.packages.map((p) => [p.purl, p.line]),
    findings: r.findings.map((f) => [f.severity, f.message, f.line]),
  };
};

describe('lockfile readers', () => {
  it('package-lock.json v3, v1 and npm-shrinkwrap.json', () => {
    const v3 = JSON.stringify(
      {
        lockfileVersion: 3,
        packages: {
          '': { name: 'app', dependencies: { a: '^1' } },
          'node_modules/a': { version: '1.0.0' },
          'node_modules/@s/b': { version: '2.0.0', dev: true },
          'node_modules/a/node_modules/c': { version: '3.0.0', optional: true },
          'packages/ws': { version: '0.0.1' },
          'node_modules/ws': { link: true, resolved: 'packages/ws' },
        },
      },
      null,
      2,
    );
    const r = readLockfile('package-lock.json', v3);
    expect(r.packages.map((p) => [p.purl, p.direct, p.dev, p.optional, p.line])).toEqual([
      ['pkg:npm/a@1.0.0', true, undefined, undefined, 10],
      ['pkg:npm/%40s/b@2.0.0', false, true, undefined, 13],
      ['pkg:npm/c@3.0.0', undefined, undefined, true, 17],
    ]);
    const v1 = JSON.stringify(
      { lockfileVersion: 1, dependencies: { a: { version: '1.0.0', dependencies: { c: { version: '3.0.0' } } } } },
      null,
      2,
    );
    expect(view('app/npm-shrinkwrap.json', v1).packages).toEqual([
      ['pkg:npm/a@1.0.0', 4],
      ['pkg:npm/c@3.0.0', 7],
    ]);
  });

  it('package-lock.json: a package at several places is development-only or optional only if it is so at every place', () => {
    // npm flags each place in node_modules; the reader lists each purl once, so the flags are those of all its places.
    const v3 = JSON.stringify({
      lockfileVersion: 3,
      packages: {
        '': { name: 'app', dependencies: { 'make-dir': '^3' }, devDependencies: { '@babel/core': '^7' } },
        'node_modules/@babel/core': { version: '7.24.0', dev: true },
        'node_modules/@babel/core/node_modules/semver': { version: '6.3.1', dev: true },
        'node_modules/a/node_modules/fsevents': { version: '2.3.3', optional: true },
        'node_modules/b/node_modules/fsevents': { version: '2.3.3' },
        'node_modules/make-dir': { version: '3.1.0' },
        'node_modules/make-dir/node_modules/semver': { version: '6.3.1' },
        'node_modules/x/node_modules/y': { version: '1.0.0', dev: true },
        'node_modules/z/node_modules/y': { version: '1.0.0', dev: true },
      },
    });
    const flags = (text: string) =>
      Object.fromEntries(readLockfile('package-lock.json', text).packages.map((p) => [p.purl, [p.dev ?? false, p.optional ?? false]]));
    expect(flags(v3)).toEqual({
      'pkg:npm/%40babel/core@7.24.0': [true, false],
      'pkg:npm/semver@6.3.1': [false, false],
      'pkg:npm/fsevents@2.3.3': [false, false],
      'pkg:npm/make-dir@3.1.0': [false, false],
      'pkg:npm/y@1.0.0': [true, false],
    });
    const v1 = JSON.stringify({
      lockfileVersion: 1,
      dependencies: {
        '@babel/core': { version: '7.24.0', dev: true, dependencies: { semver: { version: '6.3.1', dev: true } } },
        'make-dir': { version: '3.1.0', dependencies: { semver: { version: '6.3.1' } } },
      },
    });
    expect(flags(v1)).toEqual({
      'pkg:npm/%40babel/core@7.24.0': [true, false],
      'pkg:npm/semver@6.3.1': [false, false],
      'pkg:npm/make-dir@3.1.0': [false, false],
    });
  });

  it('package-lock.json v1: an npm alias pins its target ("npm:name@version"), as v2/v3 do with the entry\'s name', () => {
    // npm 6 writes an alias (npm install string-width-cjs@npm:string-width@^4.2.0) with the target in "version".
    const v1 = JSON.stringify(
      {
        lockfileVersion: 1,
        dependencies: {
          'string-width-cjs': {
            version: 'npm:string-width@4.2.3',
            resolved: 'https://registry.npmjs.org/string-width/-/string-width-4.2.3.tgz',
          },
          'types-react-17': { version: 'npm:@types/react@17.0.80' },
          'string-width': { version: '5.1.2' },
        },
      },
      null,
      2,
    );
    const r = readLockfile('package-lock.json', v1);
    expect(r.findings).toEqual([]);
    expect(r.packages.map((p) => [p.name, p.version, p.purl, p.line])).toEqual([
      ['string-width', '4.2.3', 'pkg:npm/string-width@4.2.3', 4],
      ['@types/react', '17.0.80', 'pkg:npm/%40types/react@17.0.80', 8],
      ['string-width', '5.1.2', 'pkg:npm/string-width@5.1.2', 11],
    ]);
  });

  it('pnpm-lock.yaml: a package under several peer variants is development-only only if every variant is', () => {
    // pnpm flags each key (name@version with its peers) on its own; the keys are sorted, a dev-only variant first.
    const v6 = [
      "lockfileVersion: '6.0'",
      'packages:',
      '  /use-sync@1.2.0(react@17.0.2):',
      '    resolution: {integrity: sha512-a}',
      '    dev: true',
      '  /use-sync@1.2.0(react@18.2.0):',
      '    resolution: {integrity: sha512-a}',
      '    dev: false',
      '  /only-dev@1.0.0(react@17.0.2):',
      '    resolution: {integrity: sha512-b}',
      '    dev: true',
      '  /only-dev@1.0.0(react@18.2.0):',
      '    resolution: {integrity: sha512-b}',
      '    dev: true',
      '',
    ].join('\n');
    const r = readLockfile('pnpm-lock.yaml', v6);
    expect(r.packages.map((p) => [p.purl, p.dev ?? false, p.line])).toEqual([
      ['pkg:npm/use-sync@1.2.0', false, 6],
      ['pkg:npm/only-dev@1.0.0', true, 9],
    ]);
    const v5 =
      'lockfileVersion: 5.4\npackages:\n  /use-sync/1.2.0_react@17.0.2:\n    dev: true\n  /use-sync/1.2.0_react@18.2.0:\n    dev: false\n';
    expect(readLockfile('pnpm-lock.yaml', v5).packages.map((p) => [p.purl, p.dev ?? false, p.line])).toEqual([
      ['pkg:npm/use-sync@1.2.0', false, 5],
    ]);
  });

  it("requirements.txt: -r includes are resolved against the file's folder, as pip does; one outside the repository is an error", () => {
    const text =
      '-r base.txt\n--requirement=../common/requirements.txt\n-r  ./dev/../prod.txt  # the servers\n-c constraints.txt\ndjango==4.2.11\n';
    const r = readLockfile('web/requirements.txt', text);
    expect(r.includes).toEqual([
      { path: 'web/base.txt', line: 1 },
      { path: 'common/requirements.txt', line: 2 },
      { path: 'web/prod.txt', line: 3 },
    ]);
    expect(r.packages.map((p) => p.purl)).toEqual(['pkg:pypi/django@4.2.11']);
    expect(r.findings).toEqual([]);
    const out = readLockfile('requirements.txt', '-r ../outside/base.txt\n-r /etc/reqs.txt\n-r https://example.com/r.txt\n');
    expect(out.includes).toBeUndefined();
    expect(out.findings.map((f) => [f.severity, f.line, f.message])).toEqual([
      [
        'error',
        1,
        expect.stringMatching(/^requirements\.txt:1 includes \.\.\/outside\/base\.txt \(-r\), which is not a file in the repository/),
      ],
      ['error', 2, expect.stringContaining('includes /etc/reqs.txt (-r)')],
      ['error', 3, expect.stringContaining('includes https://example.com/r.txt (-r)')],
    ]);
  });

  it('pnpm-lock.yaml: optional packages are optional (v5/v6 on the package, v9 when every snapshot is)', () => {
    const v6 =
      "lockfileVersion: '6.0'\npackages:\n  /@esbuild/linux-arm64@0.19.12:\n    cpu: [arm64]\n    optional: true\n  /esbuild@0.19.12:\n    dev: false\n";
    expect(readLockfile('pnpm-lock.yaml', v6).packages.map((p) => [p.purl, p.optional ?? false])).toEqual([
      ['pkg:npm/%40esbuild/linux-arm64@0.19.12', true],
      ['pkg:npm/esbuild@0.19.12', false],
    ]);
    const v9 = [
      "lockfileVersion: '9.0'",
      'packages:',
      "  '@esbuild/linux-arm64@0.19.12':",
      '    resolution: {integrity: sha512-a}',
      '  esbuild@0.19.12:',
      '    resolution: {integrity: sha512-b}',
      '  use-sync@1.2.0:',
      '    resolution: {integrity: sha512-c}',
      'snapshots:',
      "  '@esbuild/linux-arm64@0.19.12':",
      '    optional: true',
      '  esbuild@0.19.12:',
      '    optionalDependencies:',
      "      '@esbuild/linux-arm64': 0.19.12",
      '  use-sync@1.2.0(react@17.0.2):',
      '    optional: true',
      '  use-sync@1.2.0(react@18.2.0): {}',
      '',
    ].join('\n');
    expect(readLockfile('pnpm-lock.yaml', v9).packages.map((p) => [p.purl, p.optional ?? false])).toEqual([
      ['pkg:npm/%40esbuild/linux-arm64@0.19.12', true],
      ['pkg:npm/esbuild@0.19.12', false],
      ['pkg:npm/use-sync@1.2.0', false],
    ]);
  });

  it('package-lock.json v1: a package from a git or tarball URL is unresolved (its version is not recorded), with a notice', () => {
    const v1 = JSON.stringify(
      {
        lockfileVersion: 1,
        dependencies: {
          'left-pad': { version: 'github:stevemao/left-pad#f6b3b7d1b8e3b2e0a0b0c0d0e0f0a0b0c0d0e0f0', from: 'github:stevemao/left-pad' },
          tiny: { version: 'https://example.com/tiny-1.0.0.tgz', dependencies: { dep: { version: '2.0.0' } } },
          lodash: { version: '4.17.21' },
        },
      },
      null,
      2,
    );
    const r = readLockfile('package-lock.json', v1);
    expect(r.packages.map((p) => p.purl)).toEqual(['pkg:npm/dep@2.0.0', 'pkg:npm/lodash@4.17.21']);
    expect(r.unresolved).toEqual(['npm/left-pad', 'npm/tiny']);
    expect(r.findings.map((f) => [f.severity, f.line, f.message])).toEqual([
      [
        'notice',
        4,
        'package-lock.json: 2 packages are installed from a git or tarball URL (left-pad github:stevemao/left-pad#f6b3b7d1b8e3b2e0a0b0c0d0e0f0a0b0c0d0e0f0, tiny https://example.com/tiny-1.0.0.tgz), and lockfileVersion 1 does not record their package version, so they are not compared with the SBOM — npm 7 or later (lockfileVersion 2 or 3) records it',
      ],
    ]);
  });

  it('poetry.lock: a package installed only with an extra (optional = true) is optional', () => {
    const lock = [
      '[[package]]',
      'name = "requests"',
      'version = "2.31.0"',
      'optional = false',
      'python-versions = ">=3.7"',
      '',
      '[[package]]',
      'name = "PySocks"',
      'version = "1.7.1"',
      'optional = true',
      'python-versions = ">=2.7"',
      '',
      '[extras]',
      'socks = ["PySocks"]',
      '',
    ].join('\n');
    expect(readLockfile('poetry.lock', lock).packages.map((p) => [p.purl, p.optional ?? false])).toEqual([
      ['pkg:pypi/requests@2.31.0', false],
      ['pkg:pypi/pysocks@1.7.1', true],
    ]);
  });

  it('yarn.lock v1 and berry', () => {
    const v1 = `# yarn lockfile v1\n\n\n"@babel/code-frame@^7.0.0", "@babel/code-frame@^7.10.4":\n  version "7.12.13"\n  resolved "https://registry.yarnpkg.com/x"\n\nlodash@^4.17.21:\n  version "4.17.21"\n`;
    expect(view('yarn.lock', v1)).toMatchObject({
      kind: 'yarn.lock (v1)',
      packages: [
        ['pkg:npm/%40babel/code-frame@7.12.13', 4],
        ['pkg:npm/lodash@4.17.21', 8],
      ],
    });
    const berry = `__metadata:\n  version: 6\n\n"app@workspace:.":\n  version: 0.0.0-use.local\n  resolution: "app@workspace:."\n  linkType: soft\n\n"lodash@npm:^4.17.21":\n  version: 4.17.21\n  resolution: "lodash@npm:4.17.21"\n  linkType: hard\n`;
    expect(view('yarn.lock', berry)).toMatchObject({ kind: 'yarn.lock (berry)', packages: [['pkg:npm/lodash@4.17.21', 9]] });
  });

  it('pnpm-lock.yaml v6 and v9', () => {
    const v6 = `lockfileVersion: '6.0'\npackages:\n  /lodash@4.17.21:\n    resolution: {integrity: sha512-x}\n  /@types/node@20.1.0(foo@1.0.0):\n    dev: true\n`;
    expect(view('pnpm-lock.yaml', v6).packages).toEqual([
      ['pkg:npm/lodash@4.17.21', 3],
      ['pkg:npm/%40types/node@20.1.0', 5],
    ]);
    const v5 = `lockfileVersion: 5.4\npackages:\n  /@types/node/18.0.0:\n    dev: true\n`;
    expect(view('pnpm-lock.yaml', v5).packages).toEqual([['pkg:npm/%40types/node@18.0.0', 3]]);
  });

  it('requirements.txt pins, and says what it could not compare', () => {
    const r = view(
      'requirements.txt',
      '# deps\nDjango==4.2.1  # web\nrequests[socks]==2.31.0 ; python_version > "3.8"\nflask>=2\n-r other.txt\n',
    );
    expect(r.packages).toEqual([
      ['pkg:pypi/django@4.2.1', 2],
      ['pkg:pypi/requests@2.31.0', 3],
    ]);
    expect(r.findings).toEqual([['notice', expect.stringContaining('1 requirement is not pinned with == (first on line 4)'), 4]]);
  });

  it('poetry.lock, uv.lock and Cargo.lock', () => {
    expect(view('poetry.lock', '[[package]]\nname = "Typing_Extensions"\nversion = "4.8.0"\n').packages).toEqual([
      ['pkg:pypi/typing-extensions@4.8.0', 2],
    ]);
    expect(
      view(
        'uv.lock',
        'version = 1\n[[package]]\nname = "app"\nversion = "0.1.0"\nsource = { editable = "." }\n\n[[package]]\nname = "idna"\nversion = "3.6"\nsource = { registry = "https://pypi.org/simple" }\n',
      ).packages,
    ).toEqual([['pkg:pypi/idna@3.6', 8]]);
    expect(
      view(
        'Cargo.lock',
        'version = 3\n[[package]]\nname = "app"\nversion = "0.1.0"\n\n[[package]]\nname = "serde"\nversion = "1.0.190"\nsource = "registry+https://github.com/rust-lang/crates.io-index"\n',
      ).packages,
    ).toEqual([['pkg:cargo/serde@1.0.190', 7]]);
  });

  it('go.sum, go.mod, Gemfile.lock, composer.lock, packages.lock.json, gradle.lockfile, pom.xml, Pipfile.lock', () => {
    expect(view('go.sum', 'github.com/pkg/errors v0.9.1 h1:abc=\ngithub.com/pkg/errors v0.9.1/go.mod h1:def=\n').packages).toEqual([
      ['pkg:golang/github.com/pkg/errors@v0.9.1', 1],
    ]);
    const goMod = view(
      'go.mod',
      'module x\n\ngo 1.21\n\nrequire (\n\tgithub.com/pkg/errors v0.9.1\n\tgolang.org/x/sys v0.1.0 // indirect\n)\n',
    );
    expect(goMod.packages).toEqual([
      ['pkg:golang/github.com/pkg/errors@v0.9.1', 6],
      ['pkg:golang/golang.org/x/sys@v0.1.0', 7],
    ]);
    expect(
      view(
        'Gemfile.lock',
        'GEM\n  remote: https://rubygems.org/\n  specs:\n    rack (3.0.8)\n    nokogiri (1.15.4-x86_64-linux)\n      racc (~> 1.4)\n\nPLATFORMS\n  ruby\n',
      ).packages,
    ).toEqual([
      ['pkg:gem/rack@3.0.8', 4],
      ['pkg:gem/nokogiri@1.15.4', 5],
    ]);
    expect(
      view('composer.lock', JSON.stringify({ packages: [{ name: 'monolog/monolog', version: 'v3.5.0' }], 'packages-dev': [] }, null, 2))
        .packages,
    ).toEqual([['pkg:composer/monolog/monolog@v3.5.0', 4]]);
    expect(
      view(
        'packages.lock.json',
        JSON.stringify({ version: 1, dependencies: { net8: { 'Newtonsoft.Json': { type: 'Direct', resolved: '13.0.3' } } } }, null, 2),
      ).packages,
    ).toEqual([['pkg:nuget/Newtonsoft.Json@13.0.3', 5]]);
    expect(view('gradle.lockfile', '# comment\ncom.google.guava:guava:32.1.3-jre=compileClasspath\nempty=\n').packages).toEqual([
      ['pkg:maven/com.google.guava/guava@32.1.3-jre', 2],
    ]);
    const pom =
      '<project>\n<version>1.0</version>\n<properties><junit.version>5.10.0</junit.version></properties>\n<dependencies>\n<dependency>\n<groupId>org.junit</groupId><artifactId>junit</artifactId><version>${junit.version}</version><scope>test</scope>\n</dependency>\n</dependencies>\n</project>\n';
    expect(view('pom.xml', pom).packages).toEqual([['pkg:maven/org.junit/junit@5.10.0', 6]]);
    expect(view('Pipfile.lock', JSON.stringify({ default: { Requests: { version: '==2.31.0' } } }, null, 2)).packages).toEqual([
      ['pkg:pypi/requests@2.31.0', 3],
    ]);
  });

  const own = (path: string, text: string) => readLockfile(path, text).firstParty;

  it('yarn aliases: the package is the alias target (v1 by its descriptor, berry by its resolution); workspaces are first-party', () => {
    const v1 = `# yarn lockfile v1\n\n"string-width-cjs@npm:string-width@^4.2.0", string-width@^4.1.0:\n  version "4.2.3"\n  resolved "https://registry.yarnpkg.com/string-width/-/string-width-4.2.3.tgz"\n\n"local@file:../local":\n  version "1.0.0"\n`;
    expect(view('yarn.lock', v1).packages).toEqual([['pkg:npm/string-width@4.2.3', 3]]);
    expect(own('yarn.lock', v1)).toEqual(['npm/local']);
    const berry = `__metadata:\n  version: 8\n\n"app@workspace:.":\n  version: 0.0.0-use.local\n  resolution: "app@workspace:."\n  linkType: soft\n\n"string-width-cjs@npm:string-width@^4.2.0":\n  version: 4.2.3\n  resolution: "string-width@npm:4.2.3"\n  linkType: hard\n\n"resolve@patch:resolve@npm%3A^1.20.0#optional!builtin<compat/resolve>":\n  version: 1.22.8\n  resolution: "resolve@patch:resolve@npm%3A1.22.8#optional!builtin<compat/resolve>::version=1.22.8&hash=c3c19d"\n  linkType: hard\n`;
    expect(view('yarn.lock', berry).packages).toEqual([
      ['pkg:npm/string-width@4.2.3', 9],
      ['pkg:npm/resolve@1.22.8', 14],
    ]);
    expect(own('yarn.lock', berry)).toEqual(['npm/app']);
  });

  it('pnpm 5.x peer suffixes, 6 and 9 forms; local packages and importer links are first-party', () => {
    const v5 = `lockfileVersion: 5.4\nimporters:\n  packages/a:\n    dependencies:\n      b: link:../b\npackages:\n  /react-dom/18.2.0_react@18.2.0:\n    dev: false\n  /@babel/plugin-x/7.0.0_@babel+core@7.1.0:\n    dev: true\n  file:vendor/c:\n    resolution: {directory: vendor/c, type: directory}\n    name: c\n    version: 0.0.1\n`;
    expect(view('pnpm-lock.yaml', v5).packages).toEqual([
      ['pkg:npm/react-dom@18.2.0', 7],
      ['pkg:npm/%40babel/plugin-x@7.0.0', 9],
    ]);
    expect(own('pnpm-lock.yaml', v5)).toEqual(['npm/b', 'npm/c']);
    const v9 = `lockfileVersion: '9.0'\nimporters:\n  .:\n    dependencies:\n      d:\n        specifier: workspace:*\n        version: link:packages/d\npackages:\n  react-dom@18.2.0:\n    resolution: {integrity: sha512-x}\n  e@file:vendor/e:\n    resolution: {directory: vendor/e, type: directory}\nsnapshots:\n  react-dom@18.2.0(react@18.2.0):\n    dependencies: {}\n`;
    expect(view('pnpm-lock.yaml', v9).packages).toEqual([['pkg:npm/react-dom@18.2.0', 9]]);
    expect(own('pnpm-lock.yaml', v9)).toEqual(['npm/d', 'npm/e']);
  });

  it("the project's own packages are first-party in every reader", () => {
    const npm = JSON.stringify({
      name: 'root',
      lockfileVersion: 3,
      packages: {
        '': { name: 'root' },
        'packages/ws': { name: '@me/ws', version: '1.0.0' },
        'node_modules/@me/ws': { resolved: 'packages/ws', link: true },
      },
    });
    expect(own('package-lock.json', npm)).toEqual(['npm/root', 'npm/@me/ws']);
    expect(own('Cargo.lock', 'version = 3\n[[package]]\nname = "grep-cli"\nversion = "0.1.0"\n')).toEqual(['cargo/grep-cli']);
    expect(
      own(
        'uv.lock',
        'version = 1\n[[package]]\nname = "My_App"\nversion = "0.1.0"\nsource = { virtual = "." }\n[[package]]\nname = "lib"\nversion = "0.2.0"\nsource = { editable = "lib" }\n',
      ),
    ).toEqual(['pypi/my-app', 'pypi/lib']);
    expect(own('packages.lock.json', JSON.stringify({ version: 1, dependencies: { net8: { 'My.Lib': { type: 'Project' } } } }))).toEqual([
      'nuget/my.lib',
    ]);
    expect(
      own('Pipfile.lock', JSON.stringify({ default: { PyPOM: { editable: true, path: '.' }, pluggy: { version: '==0.11.0' } } })),
    ).toEqual(['pypi/pypom']);
    expect(own('Gemfile.lock', 'PATH\n  remote: .\n  specs:\n    mygem (0.1.0)\n\nGEM\n  specs:\n    rack (3.0.8)\n')).toEqual([
      'gem/mygem',
    ]);
  });

  it('Gemfile.lock: every platform variant pins name@version, whatever the platform', () => {
    const text =
      'GEM\n  remote: https://rubygems.org/\n  specs:\n    ffi (1.17.1)\n    ffi (1.17.1-x86_64-linux-gnu)\n    ffi (1.17.1-riscv64-linux-musl)\n    nokogiri (1.18.0-i686-linux)\n    grpc (1.70.0-s390x-linux)\n';
    expect(view('Gemfile.lock', text).packages).toEqual([
      ['pkg:gem/ffi@1.17.1', 4],
      ['pkg:gem/nokogiri@1.18.0', 7],
      ['pkg:gem/grpc@1.70.0', 8],
    ]);
  });

  it('go.mod: replace directives, a module replaced by a local folder is first-party', () => {
    const text =
      'module example.com/app\n\ngo 1.22\n\nrequire (\n\tgithub.com/a/b v1.0.0\n\tgithub.com/c/d v0.3.0 // indirect\n\texample.com/local v0.0.0\n)\n\nreplace github.com/a/b => github.com/fork/b v1.0.1\n\nreplace (\n\texample.com/local => ./local\n\tgithub.com/c/d v0.3.0 => github.com/c/d v0.3.1\n\texample.com/tools => ../tools\n)\n';
    const r = readLockfile('go.mod', text);
    expect(r.packages.map((p) => [p.purl, p.line, p.direct])).toEqual([
      ['pkg:golang/github.com/fork/b@v1.0.1', 6, true],
      ['pkg:golang/github.com/c/d@v0.3.1', 7, false],
    ]);
    // The module replaced by a local folder and the folder itself (cdxgen names it pkg:golang/./local), required or not.
    expect(r.firstParty).toEqual([
      'golang/example.com/app',
      'golang/example.com/local',
      'golang/./local',
      'golang/example.com/tools',
      'golang/../tools',
    ]);
  });

  it('composer: a "v" before the version is kept as written and ignored when comparing', () => {
    expect(purlKey('pkg:composer/aws/aws-crt-php@v1.2.6')).toEqual({ type: 'composer', key: 'composer/aws/aws-crt-php', version: '1.2.6' });
    expect(purlKey('pkg:composer/aws/aws-crt-php@1.2.6')?.version).toBe('1.2.6');
  });

  it("pom.xml is read as XML: the project's dependencies only, properties, parent, managed versions; what needs Maven is said", () => {
    const pom = `<?xml version="1.0"?>
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <parent><groupId>org.acme</groupId><artifactId>acme-parent</artifactId><version>7</version></parent>
  <artifactId>pump</artifactId>
  <properties><slf4j.version>2.0.9</slf4j.version><api.version>\${slf4j.version}</api.version></properties>
  <dependencyManagement>
    <dependencies>
      <dependency><groupId>org.junit</groupId><artifactId>junit-bom</artifactId><version>5.10.0</version><type>pom</type><scope>import</scope></dependency>
      <dependency><groupId>com.google.guava</groupId><artifactId>guava</artifactId><version>32.1.3-jre</version></dependency>
    </dependencies>
  </dependencyManagement>
  <dependencies>
    <dependency><groupId>org.slf4j</groupId><artifactId>slf4j-api</artifactId><version>\${api.version}</version></dependency>
    <dependency><groupId>com.google.guava</groupId><artifactId>guava</artifactId></dependency>
    <dependency><groupId>org.acme</groupId><artifactId>acme-util</artifactId><version>\${project.parent.version}</version></dependency>
    <dependency><groupId>org.junit.jupiter</groupId><artifactId>junit-jupiter</artifactId><scope>test</scope></dependency>
  </dependencies>
  <build><plugins><plugin><artifactId>maven-surefire-plugin</artifactId><version>3.2.2</version>
    <dependencies><dependency><groupId>org.ow2.asm</groupId><artifactId>asm</artifactId><version>9.6</version></dependency></dependencies>
  </plugin></plugins></build>
</project>
`;
    const r = readLockfile('pom.xml', pom);
    expect(r.packages.map((p) => [p.purl, p.line])).toEqual([
      ['pkg:maven/org.slf4j/slf4j-api@2.0.9', 13],
      ['pkg:maven/com.google.guava/guava@32.1.3-jre', 9],
      ['pkg:maven/org.acme/acme-util@7', 15],
    ]);
    expect(r.firstParty).toEqual(['maven/org.acme/pump']);
    expect(r.findings.map((f) => [f.severity, f.line])).toEqual([['notice', 16]]);
    expect(r.findings[0]!.message).toMatch(
      /^pom\.xml: 1 dependency has a version this gate cannot resolve without Maven \(org\.junit\.jupiter:junit-jupiter\): it comes from 1 imported BOM or the parent POM/,
    );
  });

  it('pom.xml: properties that expand exponentially, or a value of unclosed ${, are unresolved, read in bounded time', async () => {
    // Each property names the next one 80 times: 80^5 copies after the five rounds (the process ran out of heap).
    const ks = ['a', 'b', 'c', 'd', 'e', 'f'];
    const props = ks.map((k, i) => (i < ks.length - 1 ? `<${k}>${`\${${ks[i + 1]}}`.repeat(80)}</${k}>` : `<${k}>1</${k}>`)).join('');
    const dep = (v: string) => `<dependency><groupId>q</groupId><artifactId>r</artifactId><version>${v}</version></dependency>`;
    const pom = (v: string, extra = '') =>
      `<project><groupId>g</groupId><artifactId>x</artifactId><version>1</version><properties>${props}${extra}</properties><dependencies>${dep(v)}</dependencies></project>`;
    const r = readLockfile('pom.xml', pom('${a}'));
    expect(r.packages).toEqual([]);
    expect(r.findings.map((f) => [f.severity, f.message])).toEqual([['notice', expect.stringContaining('(q:r ${a})')]]);
    // A value of unclosed "${" (each one scanned to the end of the value was quadratic in its length).
    await expectLinear(
      'a POM value of unclosed ${',
      (n) => pom('${'.repeat(n)),
      (text) => expect(readLockfile('pom.xml', text).packages).toEqual([]),
      { n: 50_000 },
    );
  });

  it('the POM reader is linear in the file size', () => {
    const pomOf = (n: number) =>
      `<project><groupId>g</groupId><artifactId>a</artifactId><version>1</version><dependencies>\n${Array.from({ length: n }, (_, i) => `<dependency><groupId>g${i}</groupId><artifactId>a${i}</artifactId><version>1.${i}</version></dependency>\n`).join('')}</dependencies><build><plugins>${'<plugin><artifactId>p</artifactId><dependencies><dependency><groupId>x</groupId><artifactId>y</artifactId><version>1</version></dependency></dependencies></plugin>'.repeat(n)}</plugins></build></project>`;
    const time = (text: string) => {
      let best = Infinity;
      for (let i = 0; i < 3; i++) {
        const t = performance.now();
        expect(readLockfile('pom.xml', text).packages.length).toBeGreaterThan(0);
        best = Math.min(best, performance.now() - t);
      }
      return best;
    };
    const small = pomOf(500);
    const large = pomOf(4_000);
    time(small);
    const ratio = time(large) / time(small);
    expect(ratio).toBeLessThan(8 * 3);
  });

  // One generator per reader: n packages in the format's real shape (with the variants each reader handles).
  const range = (n: number) => Array.from({ length: n }, (_, i) => i);
  const GENERATED: Record<string, (n: number) => string> = {
    'package-lock.json': (n) =>
      JSON.stringify(
        {
          name: 'app',
          lockfileVersion: 3,
          packages: {
            '': { name: 'app' },
            ...Object.fromEntries(
              range(n).flatMap((i) => [
                [`node_modules/p${i}`, { version: `1.0.${i}` }],
                [`node_modules/p${i}/node_modules/q${i}`, { version: '2.0.0', dev: true }],
              ]),
            ),
          },
        },
        null,
        2,
      ),
    'npm-shrinkwrap.json': (n) =>
      JSON.stringify(
        {
          lockfileVersion: 1,
          dependencies: Object.fromEntries(
            range(n).map((i) => [`p${i}`, { version: `1.0.${i}`, dependencies: { [`q${i}`]: { version: '2.0.0' } } }]),
          ),
        },
        null,
        2,
      ),
    'yarn.lock': (n) =>
      `# yarn lockfile v1\n\n${range(n)
        .map(
          (i) =>
            `"p${i}-cjs@npm:p${i}@^1.0.0", p${i}@^1.0.0:\n  version "1.0.${i}"\n  resolved "https://registry.yarnpkg.com/p${i}/-/p${i}-1.0.${i}.tgz"\n`,
        )
        .join('\n')}`,
    'pnpm-lock.yaml': (n) =>
      `lockfileVersion: 5.4\nimporters:\n  .:\n    dependencies:\n${range(n)
        .map((i) => `      w${i}: link:packages/w${i}\n`)
        .join('')}packages:\n${range(n)
        .map((i) => `  /p${i}/1.0.${i}_react@18.2.0:\n    dev: false\n`)
        .join('')}`,
    'requirements.txt': (n) =>
      range(n)
        .map((i) => `p${i}==1.0.${i}  # pinned\n`)
        .join(''),
    'uv.lock': (n) =>
      `version = 1\n${range(n)
        .map(
          (i) =>
            `[[package]]\nname = "p${i}"\nversion = "1.0.${i}"\nsource = { ${i % 10 ? 'registry = "https://pypi.org/simple"' : 'editable = "."'} }\n`,
        )
        .join('\n')}`,
    'Cargo.lock': (n) =>
      `version = 3\n${range(n)
        .map(
          (i) =>
            `[[package]]\nname = "p${i}"\nversion = "1.0.${i}"\n${i % 10 ? 'source = "registry+https://github.com/rust-lang/crates.io-index"\n' : ''}`,
        )
        .join('\n')}`,
    'Pipfile.lock': (n) =>
      JSON.stringify({ default: Object.fromEntries(range(n).map((i) => [`p${i}`, { version: `==1.0.${i}` }])) }, null, 2),
    'go.sum': (n) =>
      range(n)
        .map((i) => `example.com/p${i} v1.0.${i} h1:x=\nexample.com/p${i} v1.0.${i}/go.mod h1:y=\n`)
        .join(''),
    'go.mod': (n) =>
      `module example.com/app\n\nrequire (\n${range(n)
        .map((i) => `\texample.com/p${i} v1.0.${i}${i % 2 ? ' // indirect' : ''}\n`)
        .join('')})\n\nreplace (\n${range(n / 2)
        .map((i) => `\texample.com/p${i} => example.com/fork${i} v1.0.${i}\n`)
        .join('')})\n`,
    'Gemfile.lock': (n) =>
      `GEM\n  remote: https://rubygems.org/\n  specs:\n${range(n)
        .map((i) => `    p${i} (1.0.${i})\n    p${i} (1.0.${i}-x86_64-linux-gnu)\n      dep (~> 1.0)\n`)
        .join('')}\nPLATFORMS\n  ruby\n`,
    'composer.lock': (n) =>
      JSON.stringify({ packages: range(n).map((i) => ({ name: `v/p${i}`, version: `v1.0.${i}` })), 'packages-dev': [] }, null, 2),
    'packages.lock.json': (n) =>
      JSON.stringify(
        {
          version: 1,
          dependencies: {
            net8: Object.fromEntries(
              range(n).map((i) => [`P${i}`, i % 10 ? { type: 'Transitive', resolved: `1.0.${i}` } : { type: 'Project' }]),
            ),
          },
        },
        null,
        2,
      ),
    'gradle.lockfile': (n) =>
      range(n)
        .map((i) => `g${i}:a${i}:1.0.${i}=compileClasspath\n`)
        .join(''),
  };

  it('every reader is linear in the lockfile size (1x and 8x, best of 3, ratio under 3 times linear)', () => {
    expect(Object.keys(GENERATED).sort()).toEqual(LOCKFILE_NAMES.filter((n) => n !== 'poetry.lock' && n !== 'pom.xml').sort());
    /** Best of 3 of the mean time of `repeat` reads (the small file is read 8 times, so both clocks see the same bytes). */
    const time = (path: string, text: string, repeat: number) => {
      let best = Infinity;
      for (let i = 0; i < 3; i++) {
        const t = performance.now();
        for (let j = 0; j < repeat; j++) {
          const r = readLockfile(path, text);
          if (j === 0 && i === 0) {
            expect(r.packages.length, path).toBeGreaterThan(0);
            expect(
              r.findings.filter((f) => f.severity === 'error'),
              path,
            ).toEqual([]);
          }
        }
        best = Math.min(best, (performance.now() - t) / repeat);
      }
      return best;
    };
    for (const [path, make] of Object.entries(GENERATED)) {
      const small = make(1_000);
      const large = make(8_000);
      time(path, large, 1); // warm up
      // A noisy shared machine can stall one measurement; a quadratic reader is over the bound every time (64x).
      const ratios: number[] = [];
      for (let attempt = 0; attempt < 3 && !(ratios.length && Math.min(...ratios) < 8 * 3); attempt++)
        ratios.push(time(path, large, 1) / time(path, small, 8));
      expect(Math.min(...ratios), `${path}: 8x the packages took ${ratios.map((r) => r.toFixed(1)).join(', ')}x the time`).toBeLessThan(
        8 * 3,
      );
    }
  }, 240_000);

  it('a lockfile that does not parse is a finding with a line, never an exception', () => {
    for (const [path, text] of [
      ['package-lock.json', '{"packages": {'],
      ['pnpm-lock.yaml', 'packages:\n  - a\n b: [\n'],
      ['Cargo.lock', '[[package]\nname = 1\n'],
      ['composer.lock', '[1,'],
      ['go.sum', 'not a go.sum line\n'],
      ['pom.xml', '<!DOCTYPE x [<!ENTITY a "aaaa">]><project/>'],
    ] as const) {
      const r = readLockfile(path, text);
      expect(r.findings[0], path).toMatchObject({ severity: 'error', file: path, line: expect.any(Number) });
    }
  });

  it('reads each file name alike through the lazy readers (readLockfileOfKind, what the gates use) and readLockfile', async () => {
    // The two keep their own name → reader tables (src/parsers/lockfiles/kinds.ts and index.ts): this keeps them one.
    for (const name of [...LOCKFILE_NAMES, 'package.json']) {
      const text = Object.hasOwn(GENERATED, name) ? GENERATED[name]!(2) : '';
      expect(JSON.stringify(await readLockfileOfKind(name, text)), name).toBe(JSON.stringify(readLockfile(name, text)));
    }
  });

  it('a reader that throws is an error finding on the file, at line 1, that says what to do next', () => {
    const r = readerFailed('app/package-lock.json', new Error('boom'));
    expect(r).toEqual({
      kind: 'package-lock.json',
      packages: [],
      findings: [
        {
          severity: 'error',
          message: expect.stringMatching(/^app\/package-lock\.json could not be read: boom — regenerate it .*report it/),
          file: 'app/package-lock.json',
          line: 1,
        },
      ],
    });
  });

  it('auto-discovery names and purl matching keys', () => {
    expect(LOCKFILE_NAMES).toContain('yarn.lock');
    expect(isLockfile('app/package-lock.json')).toBe(true);
    expect(isLockfile('node_modules/x/package-lock.json')).toBe(false);
    expect(isLockfile('package.json')).toBe(false);
    expect(purlKey('pkg:npm/%40S/B@1.0.0?foo=bar#sub')).toEqual({ type: 'npm', key: 'npm/@s/b', version: '1.0.0' });
    expect(purlKey('pkg:pypi/Typing_Extensions@4.8.0')).toEqual({ type: 'pypi', key: 'pypi/typing-extensions', version: '4.8.0' });
    expect(purlKey('pkg:golang/github.com/pkg/errors@0.9.1')?.version).toBe('v0.9.1');
    expect(purlKey('not a purl')).toBeUndefined();
  });

  it('a package-lock.json read for the worker thread (exact matches, packed, cloned, unpacked, indexed) is linear', async () => {
    const make = (n: number) => {
      const packages: Record<string, unknown> = { '': { name: 'app', dependencies: { 'pkg-0': '1' } } };
      const purls: string[] = [];
      for (let i = 0; i < n; i++) {
        const name = i % 3 ? `pkg-${i}` : `@scope${i % 50}/pkg-${i}`;
        packages[`node_modules/${name}`] = { version: `1.${i % 7}.${i}`, resolved: `https://registry.npmjs.org/${name}/-/x.tgz` };
        purls.push(i % 10 ? `pkg:npm/${name.replace('@', '%40')}@1.${i % 7}.${i}` : `pkg:npm/other-${i}@1.0.0`);
      }
      return { text: JSON.stringify({ name: 'app', lockfileVersion: 3, packages }, null, 2), purls };
    };
    await expectLinear(
      'package-lock.json through the worker path',
      make,
      ({ text, purls }) => {
        const read = readPackageLock('package-lock.json', text);
        read.exact = exactMatches(read.byPurl!, read.packages.length, packPurls(purls));
        const unpacked = unpackLockfile(structuredClone(packLockfile(read)), text);
        expect(unpacked.byPurl!.size).toBe(unpacked.packages.length);
        expect(unpacked.exact!.accounted.reduce((a, b) => a + b, 0)).toBeGreaterThan(purls.length / 2);
      },
      { n: 2_000 },
    );
  }, 120_000);
});

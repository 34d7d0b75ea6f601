// Package URLs (https://github.com/package-url/purl-spec) built and compared without a general parser:
// the gate builds one per locked package and reads one per SBOM component, so both must be cheap.

const PLAIN = /^[A-Za-z0-9._~:-]*$/;
const enc = (s: string) => (PLAIN.test(s) ? s : encodeURIComponent(s).replace(/%3A/gi, ':'));

/** pkg:type/namespace/name@version; the namespace may contain "/" (Go modules, Maven groups use one segment). */
export function buildPurl(type: string, namespace: string | undefined, name: string, version: string): string {
  const ns = namespace ? `${namespace.split('/').map(enc).join('/')}/` : '';
  return `pkg:${type}/${ns}${enc(name)}${version ? `@${enc(version)}` : ''}`;
}

/** npm "@scope/name" → namespace "@scope", name "name". */
export function npmPurl(fullName: string, version: string): string {
  const slash = fullName.startsWith('@') ? fullName.indexOf('/') : -1;
  return slash > 0
    ? buildPurl('npm', fullName.slice(0, slash), fullName.slice(slash + 1), version)
    : buildPurl('npm', undefined, fullName, version);
}

/** PEP 503 normalized name. */
export function pypiName(name: string): string {
  return name.toLowerCase().replace(/[-_.]+/g, '-');
}

export interface PurlKey {
  type: string;
  /** type/namespace/name, decoded and normalized for comparison. */
  key: string;
  version?: string;
}

/** The identity of a purl for matching: qualifiers and subpath dropped, names normalized per ecosystem. */
export function purlKey(purl: string): PurlKey | undefined {
  if (!purl.startsWith('pkg:')) return undefined;
  let rest = purl.slice(4).replace(/^\/+/, '');
  const cut = rest.search(/[?#]/);
  if (cut !== -1) rest = rest.slice(0, cut);
  const slash = rest.indexOf('/');
  if (slash <= 0) return undefined;
  const type = rest.slice(0, slash).toLowerCase();
  let path = rest.slice(slash + 1);
  let version: string | undefined;
  const at = path.lastIndexOf('@');
  if (at > 0) {
    version = path.slice(at + 1);
    if (version.includes('%')) version = safeDecode(version);
    path = path.slice(0, at);
  }
  if (path.includes('%')) path = path.split('/').map(safeDecode).join('/');
  if (path.includes('//') || path.endsWith('/')) path = path.split('/').filter(Boolean).join('/');
  if (type === 'pypi') path = path.split('/').map(pypiName).join('/');
  else if (type === 'npm' || type === 'nuget' || type === 'golang' || type === 'composer' || type === 'github') path = path.toLowerCase();
  if (type === 'golang' && version && !version.startsWith('v')) version = `v${version}`;
  // Composer writes tags as they are ("v1.2.6"); generators differ on keeping the "v".
  if (type === 'composer' && version) version = version.replace(/^v(?=\d)/, '');
  return { type, key: `${type}/${path}`, version };
}

function safeDecode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

// Completes the NTIA "supplier" element of the project's own SBOM (npm run sbom): cyclonedx-npm fills it from a
// package's author, which about twenty runtime dependencies do not declare. For those, the supplier written is the
// owner of the package's source repository (its VCS reference, e.g. github.com/actions/toolkit → "actions"), the
// party that publishes the code. Components that already name a supplier, manufacturer, author or publisher are
// left as generated. Usage: node scripts/sbom-suppliers.mjs <sbom.cdx.json>
import { readFileSync, writeFileSync } from 'node:fs';

const HOSTS = /^(?:git\+)?(?:https?|git|ssh):\/\/(?:git@)?(github\.com|gitlab\.com|bitbucket\.org)\/([^/]+)\//;

const path = process.argv[2];
if (!path) {
  console.error('usage: node scripts/sbom-suppliers.mjs <sbom.cdx.json>');
  process.exit(2);
}
const text = readFileSync(path, 'utf8');
const bom = JSON.parse(text);
const unresolved = [];
let completed = 0;

const named = (c) => c.supplier?.name || c.manufacturer?.name || c.author || c.authors?.length || c.publisher;
function complete(components) {
  for (const c of components ?? []) {
    if (!named(c)) {
      const vcs = (c.externalReferences ?? []).find((r) => r.type === 'vcs')?.url ?? '';
      const m = HOSTS.exec(vcs);
      if (m) {
        c.supplier = { name: m[2], url: [`https://${m[1]}/${m[2]}`] };
        completed++;
      } else unresolved.push(`${c.group ? `${c.group}/` : ''}${c.name}@${c.version}`);
    }
    complete(c.components);
  }
}
complete(bom.components);

writeFileSync(path, JSON.stringify(bom, null, 2) + (text.endsWith('\n') ? '\n' : ''));
console.log(`${path}: supplier completed for ${completed} components from their source repository`);
if (unresolved.length) {
  console.error(`no supplier could be derived for: ${unresolved.join(', ')} — add it by hand or the NTIA check fails`);
  process.exit(1);
}

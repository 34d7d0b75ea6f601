import parse, { type SpdxNode } from 'spdx-expression-parse';

// Licence policy over SPDX expressions: a component fails when its licences cannot be satisfied without a
// denied licence. Every licence entry of a component applies (they are ANDed); within an expression, OR offers
// a choice. A denied id also denies its -only/-or-later/"+" forms: "AGPL-3.0-only" denies "AGPL-3.0-or-later".

export function licenseFamily(id: string): string {
  return id
    .replace(/\+$/, '')
    .replace(/-(only|or-later)$/, '')
    .toLowerCase();
}

/** The licence ids a policy entry names; throws with a message for an entry that is not an SPDX expression. */
export function deniedFamilies(deny: readonly string[]): Set<string> {
  const out = new Set<string>();
  for (const entry of deny) {
    let tree: SpdxNode;
    try {
      tree = parse(entry);
    } catch {
      throw new Error(`licenses.deny entry "${entry}" is not an SPDX license id or expression — use ids from https://spdx.org/licenses/`);
    }
    for (const leaf of leaves(tree)) out.add(licenseFamily(leaf));
  }
  return out;
}

function leaves(node: SpdxNode): string[] {
  return 'license' in node ? [node.license] : [...leaves(node.left), ...leaves(node.right)];
}

/** The denied licences a component cannot avoid, or [] when its licences can be satisfied without any. */
export function unavoidableDenied(licenses: readonly string[], denied: ReadonlySet<string>): string[] {
  const hits = new Set<string>();
  for (const expression of licenses) {
    let tree: SpdxNode | undefined;
    try {
      tree = parse(expression);
    } catch {
      // A licence name rather than an SPDX expression: denied only when it is literally a denied id.
      if (denied.has(licenseFamily(expression.trim()))) hits.add(expression.trim());
      continue;
    }
    const forced = forcedDenied(tree, denied);
    if (forced) for (const f of forced) hits.add(f);
  }
  return [...hits];
}

/** undefined when the expression can be satisfied without a denied licence; else the denied ids it forces. */
function forcedDenied(node: SpdxNode, denied: ReadonlySet<string>): string[] | undefined {
  if ('license' in node) return denied.has(licenseFamily(node.license)) ? [node.license + (node.plus ? '+' : '')] : undefined;
  const l = forcedDenied(node.left, denied);
  const r = forcedDenied(node.right, denied);
  if (node.conjunction === 'or') return l && r ? [...l, ...r] : undefined;
  return l || r ? [...(l ?? []), ...(r ?? [])] : undefined;
}

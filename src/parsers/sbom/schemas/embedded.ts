// Generated from the schema files in src/parsers/sbom/schemas/ by embed.mjs — edit those files, then run `node src/parsers/sbom/schemas/embed.mjs`.
// Loaders, one chunk per file: a run parses only the schemas of the version it validates.
export const SCHEMA_FILES: Readonly<Record<string, () => Promise<string>>> = {
  "bom-1.2.SNAPSHOT.schema.json": () => import('./embedded/bom-1-2-SNAPSHOT-schema-json.js').then((m) => m.default),
  "bom-1.2.SNAPSHOT.xsd": () => import('./embedded/bom-1-2-SNAPSHOT-xsd.js').then((m) => m.default),
  "bom-1.3.SNAPSHOT.schema.json": () => import('./embedded/bom-1-3-SNAPSHOT-schema-json.js').then((m) => m.default),
  "bom-1.3.SNAPSHOT.xsd": () => import('./embedded/bom-1-3-SNAPSHOT-xsd.js').then((m) => m.default),
  "bom-1.4.SNAPSHOT.schema.json": () => import('./embedded/bom-1-4-SNAPSHOT-schema-json.js').then((m) => m.default),
  "bom-1.4.SNAPSHOT.xsd": () => import('./embedded/bom-1-4-SNAPSHOT-xsd.js').then((m) => m.default),
  "bom-1.5.SNAPSHOT.schema.json": () => import('./embedded/bom-1-5-SNAPSHOT-schema-json.js').then((m) => m.default),
  "bom-1.5.SNAPSHOT.xsd": () => import('./embedded/bom-1-5-SNAPSHOT-xsd.js').then((m) => m.default),
  "bom-1.6.SNAPSHOT.schema.json": () => import('./embedded/bom-1-6-SNAPSHOT-schema-json.js').then((m) => m.default),
  "bom-1.6.SNAPSHOT.xsd": () => import('./embedded/bom-1-6-SNAPSHOT-xsd.js').then((m) => m.default),
  "bom-1.7.SNAPSHOT.schema.json": () => import('./embedded/bom-1-7-SNAPSHOT-schema-json.js').then((m) => m.default),
  "bom-1.7.SNAPSHOT.xsd": () => import('./embedded/bom-1-7-SNAPSHOT-xsd.js').then((m) => m.default),
  "cryptography-defs.SNAPSHOT.schema.json": () => import('./embedded/cryptography-defs-SNAPSHOT-schema-json.js').then((m) => m.default),
  "jsf-0.82.SNAPSHOT.schema.json": () => import('./embedded/jsf-0-82-SNAPSHOT-schema-json.js').then((m) => m.default),
  "spdx-2.2.schema.json": () => import('./embedded/spdx-2-2-schema-json.js').then((m) => m.default),
  "spdx-2.3.schema.json": () => import('./embedded/spdx-2-3-schema-json.js').then((m) => m.default),
  "spdx.SNAPSHOT.schema.json": () => import('./embedded/spdx-SNAPSHOT-schema-json.js').then((m) => m.default),
  "spdx.SNAPSHOT.xsd": () => import('./embedded/spdx-SNAPSHOT-xsd.js').then((m) => m.default),
};

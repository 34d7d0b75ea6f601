import { protectedFiles } from './protected-files.js';
import { reviews } from './reviews.js';
import { sbom } from './sbom/index.js';
import { traceability } from './traceability/index.js';
import type { Rule } from './rule.js';

/** Every rule a policy can name. Adding a gate is adding its file and one line here. */
export const RULES: readonly Rule[] = [reviews, protectedFiles, sbom, traceability];

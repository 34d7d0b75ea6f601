import { protectedFiles } from './protected-files.js';
import { reviews } from './reviews.js';
import { riskRegisterRule } from './risk-register/rule.js';
import { sbomRule } from './sbom/rule.js';
import { soupRule } from './soup/rule.js';
import { traceabilityRule } from './traceability/rule.js';
import { changeRequest } from './change-request.js';
import { checklistRule } from './checklist-rule.js';
import { updatedWith } from './updated-with.js';
import { vulnerabilitiesRule } from './vulnerabilities/rule.js';
import type { Rule } from '../core/rule.js';

/**
 * Every rule a policy can name. Adding a gate is adding its file and one line here. The policy loader needs a
 * rule's name, description and options only: a rule whose evaluation brings parsers of its own (SBOM, lockfiles,
 * requirements, Markdown, OSV) is registered by its `rule.ts` (a lazyRule), whose evaluate imports the
 * implementation when a gate runs it, so a policy without that gate never loads that code.
 */
export const RULES: readonly Rule[] = [
  reviews,
  protectedFiles,
  sbomRule,
  traceabilityRule,
  updatedWith,
  changeRequest,
  checklistRule,
  riskRegisterRule,
  soupRule,
  vulnerabilitiesRule,
];

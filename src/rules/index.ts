import { protectedFiles } from './protected-files.js';
import { reviews } from './reviews.js';
import { riskRegister } from './risk-register/index.js';
import { sbom } from './sbom/index.js';
import { soup } from './soup/index.js';
import { traceability } from './traceability/index.js';
import { changeRequest } from './change-request.js';
import { checklist } from './checklist.js';
import { updatedWith } from './updated-with.js';
import { vulnerabilities } from './vulnerabilities/index.js';
import type { Rule } from '../core/rule.js';

/** Every rule a policy can name. Adding a gate is adding its file and one line here. */
export const RULES: readonly Rule[] = [
  reviews,
  protectedFiles,
  sbom,
  traceability,
  updatedWith,
  changeRequest,
  checklist,
  riskRegister,
  soup,
  vulnerabilities,
];

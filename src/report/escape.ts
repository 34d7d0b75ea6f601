// Everything echoed from the repository (file names, titles, logins, messages that quote them) goes through
// here before it reaches Markdown: secrets are redacted first, HTML is inert, Markdown syntax is literal, and
// @mentions never ping.

import { redactSecrets } from './redact.js';

const PUNCTUATION = new Set([...'\\`*_{}[]()#+-.!|~:']);

/** Plain text as inert Markdown on one line (safe inside a table cell or a list item). */
export function escapeMarkdown(text: string): string {
  return escapeInline(text, true);
}

/**
 * Plain text as inert HTML on one line, for places Markdown does not reach (a <summary>, which opens an HTML
 * block): the same as escapeMarkdown but without backslashes, which HTML would show as they are.
 */
export function escapeHtml(text: string): string {
  return escapeInline(text, false);
}

function escapeInline(text: string, markdown: boolean): string {
  let out = '';
  for (const c of redactSecrets(text)) {
    if (c === '&') out += '&amp;';
    else if (c === '<') out += '&lt;';
    else if (c === '>') out += '&gt;';
    else if (c === '"') out += '&quot;';
    else if (c === '@')
      out += '@&#8203;'; // a zero-width space after @ keeps GitHub from linking and notifying
    else if (c === '\r' || c === '\n' || c === '\u2028' || c === '\u2029') out += ' ';
    else if (c === '\t') out += ' ';
    else if (c < ' ' || c === '\u007f') out += '';
    else if (markdown && PUNCTUATION.has(c)) out += `\\${c}`;
    else out += c;
  }
  return out;
}

/** Cuts text to `max` characters, saying so. */
export function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  return `${text.slice(0, Math.max(0, max - 1))}…`;
}

// Everything echoed from the repository (file names, titles, logins, messages that quote them) goes through
// here before it reaches Markdown: HTML is inert, Markdown syntax is literal, and @mentions never ping.

const PUNCTUATION = new Set([...'\\`*_{}[]()#+-.!|~:']);

/** Plain text as inert Markdown on one line (safe inside a table cell or a list item). */
export function escapeMarkdown(text: string): string {
  let out = '';
  const chars = [...text];
  for (let i = 0; i < chars.length; i++) {
    const c = chars[i]!;
    if (c === '&') out += '&amp;';
    else if (c === '<') out += '&lt;';
    else if (c === '>') out += '&gt;';
    else if (c === '"') out += '&quot;';
    else if (c === '@') out += '@&#8203;'; // a zero-width space after @ keeps GitHub from linking and notifying
    else if (c === '\r' || c === '\n' || c === '\u2028' || c === '\u2029') out += ' ';
    else if (c === '\t') out += ' ';
    else if (c < ' ' || c === '\u007f') out += '';
    else if (PUNCTUATION.has(c)) out += `\\${c}`;
    else out += c;
  }
  return out;
}

/** Cuts text to `max` characters, saying so. */
export function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  return `${text.slice(0, Math.max(0, max - 1))}…`;
}

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

/**
 * Plain text as inert HTML on one line, for places Markdown does not reach (a <summary>, which opens an HTML
 * block): entities instead of backslashes, which HTML would show as they are.
 */
export function escapeHtml(text: string): string {
  return text
    .replace(/[\r\n\t\u2028\u2029]/g, ' ')
    .replace(/[\u0000-\u001f\u007f]/g, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/@/g, '@&#8203;');
}

/** Cuts text to `max` characters, saying so. */
export function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  return `${text.slice(0, Math.max(0, max - 1))}…`;
}

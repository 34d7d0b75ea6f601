// Line numbers from character offsets, with the newline index built once per file and only when first needed.

export class LineIndex {
  private starts: number[] | undefined;
  constructor(private readonly text: string) {}

  /** 1-based line of a character offset. */
  lineAt(offset: number): number {
    const starts = (this.starts ??= newlineStarts(this.text));
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  }

  /** Line of the first occurrence of `needle`, or undefined. */
  lineOf(needle: string, from = 0): number | undefined {
    const at = this.text.indexOf(needle, from);
    return at === -1 ? undefined : this.lineAt(at);
  }
}

function newlineStarts(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}

export const NOT_IN_REPO: Set<string>;
export function stampDates(text: string, now?: number): string;
export function stampTree(dir: string): void;

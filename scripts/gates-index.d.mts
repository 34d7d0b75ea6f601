export const OPTIONS_BEGIN: string;
export const OPTIONS_END: string;
export function typeOf(schema: unknown): string;
export function optionsTable(rule: object): string;
export function renderIndex(rules: readonly { name: string; description: string }[]): string;
export function withOptions(page: string, rule: object): string;

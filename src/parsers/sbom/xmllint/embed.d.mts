export function xmllintModule(): string;

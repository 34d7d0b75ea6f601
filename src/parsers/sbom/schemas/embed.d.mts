export function schemasModule(): string;

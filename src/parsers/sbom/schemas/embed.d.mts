export function schemaModules(): Record<string, string>;

export function presetsModule(): string;

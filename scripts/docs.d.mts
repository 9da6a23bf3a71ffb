export const QUICK_START: string[];
export function rulesTable(): string;
export function sampleOutput(): string;
export function renderReadme(text: string): string;

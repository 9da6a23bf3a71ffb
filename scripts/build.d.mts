export function buildBundle(options?: { quiet?: boolean }): Promise<void>;

/** The --format names (kept apart from the formatters so --help does not load them). */
export const FORMAT_NAMES = ['stylish', 'json', 'compact', 'sarif', 'github', 'junit'] as const;
export type FormatName = (typeof FORMAT_NAMES)[number];

export function yamlToModule(source: string): string;

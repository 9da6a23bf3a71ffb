import path from 'node:path';

/** A path as the user would type it: relative to the working directory when inside it. */
export function displayPath(filepath: string, cwd: string = process.cwd()): string {
  const relative = path.relative(cwd, filepath);
  return relative && !relative.startsWith('..') && !path.isAbsolute(relative) ? relative : filepath;
}

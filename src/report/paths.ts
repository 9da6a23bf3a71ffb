import path from 'node:path';

/** A report path relative to `cwd`, with forward slashes (as GitHub and SARIF expect). */
export function relativePath(file: string, cwd: string): string {
  if (file === '-') return file;
  const relative = path.relative(cwd, path.resolve(cwd, file));
  return relative.split(path.sep).join('/');
}

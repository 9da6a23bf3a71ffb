import { createTwoFilesPatch } from 'diff';

/** A unified diff of one file's fix, with a/ and b/ prefixes that `git apply` and `patch -p1` take. */
export function unifiedDiff(file: string, before: string, after: string): string {
  const name = file.replace(/\\/g, '/').replace(/^\.\//, '');
  return createTwoFilesPatch(`a/${name}`, `b/${name}`, before, after, undefined, undefined, {
    context: 3,
  }).replace(/^=+\n/, '');
}

/** One line saying why a file could not be read. */
export function readErrorMessage(error: unknown): string {
  const e = error as NodeJS.ErrnoException;
  switch (e.code) {
    case 'ENOENT':
      return 'no such file';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'EISDIR':
      return 'is a directory';
    case 'ELOOP':
      return 'too many symbolic links (a symlink loop?)';
    default:
      return e.message?.split('\n')[0] ?? String(error);
  }
}

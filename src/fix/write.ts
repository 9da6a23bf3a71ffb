/**
 * Replaces a file's content atomically: a temporary file in the same folder,
 * flushed, given the original's mode (and owner), then renamed over it. If any
 * step fails, the temporary file is removed and the original is untouched.
 */
export async function writeAtomically(file: string, bytes: Uint8Array): Promise<void> {
  // Loaded on the first write: write-file-atomic loads node:worker_threads, which must not
  // be loaded while the startup snapshot is built (src/snapshot/entry.ts).
  const { default: writeFileAtomic } = await import('write-file-atomic');
  await writeFileAtomic(file, Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
}

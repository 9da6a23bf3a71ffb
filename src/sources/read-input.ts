import { readFileSync } from 'node:fs';

/**
 * The bytes of a file, or of standard input for '-'. Files are read synchronously:
 * drafts are small and linted one after another, and fs/promises' per-file round
 * trips through the thread pool would dominate a run of cache hits.
 */
export async function readInput(file: string): Promise<Uint8Array> {
  return file === '-' ? readStdin() : readFileSync(file);
}

async function readStdin(): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

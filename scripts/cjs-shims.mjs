// Injected by esbuild into the bundle: CommonJS dependencies bundled into ESM still
// read __filename / __dirname (write-file-atomic seeds its temp-file names with it).
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const __filename = fileURLToPath(import.meta.url);
export const __dirname = path.dirname(__filename);

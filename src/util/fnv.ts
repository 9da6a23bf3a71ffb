// A fast, dependency-free string hash for names and tags that the launcher computes
// (the cache's build tag, the snapshot blob's name): loading node:crypto alone costs
// several milliseconds of a start that takes ~0.1 s. Not for secrets.

/** FNV-1a over UTF-16 code units, as two 32-bit lanes: 16 hex digits. Not for secrets. */
export function fnv1a64(text: string): string {
  let a = 0x811c9dc5;
  let b = 0x050c5d1f;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x01000193) ^ (a >>> 15);
  }
  return (a >>> 0).toString(16).padStart(8, '0') + (b >>> 0).toString(16).padStart(8, '0');
}

export interface CorpusDraft {
  file: string;
  channel: string;
  text: string;
}
export function generateCorpus(options?: { count?: number; seed?: number }): CorpusDraft[];
export function writeCorpus(out: string, options?: { count?: number; seed?: number }): string[];

import type { Reply } from './reply.js';

/**
 * Wraps an analysis so it runs at most once per Reply: rules and moves that
 * ask for the same thing (refusals, times, empathy…) share one result.
 */
export function perReply<T>(compute: (reply: Reply) => T): (reply: Reply) => T {
  const cache = new WeakMap<Reply, T>();
  return (reply) => {
    if (cache.has(reply)) return cache.get(reply) as T;
    const value = compute(reply);
    cache.set(reply, value);
    return value;
  };
}

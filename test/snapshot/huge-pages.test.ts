import { describe, expect, it } from 'vitest';
import { restoreOwnTunables, withHugePages } from '../../src/snapshot/huge-pages.js';

describe('huge pages for the snapshot process', () => {
  it("adds glibc's huge-page tunable on Linux, after the user's own", () => {
    expect(withHugePages({ A: '1' }, 'linux')).toMatchObject({
      A: '1',
      GLIBC_TUNABLES: 'glibc.malloc.hugetlb=1',
    });
    expect(withHugePages({ GLIBC_TUNABLES: 'glibc.malloc.check=0' }, 'linux').GLIBC_TUNABLES).toBe(
      'glibc.malloc.check=0:glibc.malloc.hugetlb=1',
    );
    const elsewhere = { A: '1' };
    expect(withHugePages(elsewhere, 'darwin')).toBe(elsewhere);
    // The user's own choice stands.
    const chosen = { GLIBC_TUNABLES: 'glibc.malloc.hugetlb=0' };
    expect(withHugePages(chosen, 'linux')).toBe(chosen);
  });

  it('gives the run back what the user had: nothing, empty, or their own', () => {
    for (const own of [undefined, '', 'glibc.malloc.check=0']) {
      const env = withHugePages(own === undefined ? {} : { GLIBC_TUNABLES: own }, 'linux');
      restoreOwnTunables(env);
      expect(env).toEqual(own === undefined ? {} : { GLIBC_TUNABLES: own });
    }
  });

  it('leaves an environment the launcher did not touch alone', () => {
    const env = { GLIBC_TUNABLES: 'glibc.malloc.check=0' };
    restoreOwnTunables(env);
    expect(env).toEqual({ GLIBC_TUNABLES: 'glibc.malloc.check=0' });
  });
});

import { configFrom } from '../../src/config';

describe('life-cycle configuration', () => {
  it('defaults: no reload restrictions, no watcher, no health server, one shard, .cache', () => {
    const result = configFrom({}, 'demo');
    expect(result.ok && result.config).toMatchObject({
      reloadGuildIds: [],
      reloadRoleIds: [],
      watchCorpus: false,
      healthPort: null,
      shardCount: 1,
      indexCacheDir: '.cache',
    });
  });

  it('reads id lists, flags, ports and shard counts', () => {
    const result = configFrom(
      {
        RELOAD_GUILD_IDS: '400000000000000001, 400000000000000002',
        RELOAD_ROLE_IDS: '500000000000000001',
        WATCH_CORPUS: '1',
        HEALTH_PORT: '9464',
        SHARD_COUNT: 'auto',
        INDEX_CACHE_DIR: '/var/cache/citebot',
      },
      'demo',
    );
    expect(result.ok && result.config).toMatchObject({
      reloadGuildIds: ['400000000000000001', '400000000000000002'],
      reloadRoleIds: ['500000000000000001'],
      watchCorpus: true,
      healthPort: 9464,
      shardCount: 'auto',
      indexCacheDir: '/var/cache/citebot',
    });
    const two = configFrom({ SHARD_COUNT: '2' }, 'demo');
    expect(two.ok && two.config.shardCount).toBe(2);
  });

  it('names every malformed life-cycle variable', () => {
    const result = configFrom(
      {
        RELOAD_GUILD_IDS: '123,abc',
        RELOAD_ROLE_IDS: 'moderators',
        WATCH_CORPUS: 'sometimes',
        HEALTH_PORT: '70000',
        SHARD_COUNT: '0',
      },
      'demo',
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    for (const name of [
      'RELOAD_GUILD_IDS',
      'RELOAD_ROLE_IDS',
      'WATCH_CORPUS',
      'HEALTH_PORT',
      'SHARD_COUNT',
    ]) {
      expect(result.problems.some((problem) => problem.startsWith(name))).toBe(true);
    }
  });
});

/** Discord's epoch (2015-01-01T00:00:00Z): snowflake timestamps count milliseconds from here. */
const DISCORD_EPOCH_MS = 1_420_070_400_000n;
/** Worker id 1, process id 0: any fixed value works; it only has to fit in bits 17–21. */
const WORKER_BITS = 1n << 17n;

/**
 * Makes Discord snowflakes (ids as decimal strings) that are unique, increasing, and carry the
 * current time, so discord.js's `createdTimestamp` and @discordjs/rest's major-parameter regex
 * (17–19 digits) see what real Discord sends.
 */
export class SnowflakeFactory {
  #last = 0n;

  next(at: number = Date.now()): string {
    const candidate = ((BigInt(at) - DISCORD_EPOCH_MS) << 22n) | WORKER_BITS;
    this.#last = candidate > this.#last ? candidate : this.#last + 1n;
    return this.#last.toString();
  }
}

/** The shard that receives a guild's events: Discord's `(guild_id >> 22) % num_shards`. */
export function shardIdOf(guildId: string, shardCount: number): number {
  return Number((BigInt(guildId) >> 22n) % BigInt(shardCount));
}

import {
  ChannelType,
  GuildDefaultMessageNotifications,
  GuildExplicitContentFilter,
  GuildMFALevel,
  GuildNSFWLevel,
  GuildPremiumTier,
  GuildVerificationLevel,
  Locale,
  MessageType,
  PermissionFlagsBits,
  type APIGuildMember,
  type APIGuildTextChannel,
  type APIMessage,
  type APIRole,
  type APIUser,
  type ChannelFlags,
  type GatewayGuildCreateDispatchData,
  type GuildMemberFlags,
  type GuildSystemChannelFlags,
  type MessageFlags,
  type RoleFlags,
  type UserFlags,
} from 'discord.js';

/** What an ordinary member may do in a text channel: read, write, embed, attach, react, run commands. */
export const MEMBER_PERMISSIONS =
  PermissionFlagsBits.ViewChannel |
  PermissionFlagsBits.SendMessages |
  PermissionFlagsBits.EmbedLinks |
  PermissionFlagsBits.AttachFiles |
  PermissionFlagsBits.ReadMessageHistory |
  PermissionFlagsBits.AddReactions |
  PermissionFlagsBits.UseExternalEmojis |
  PermissionFlagsBits.UseApplicationCommands;

/** The bot's permissions in a guild channel: a member's, plus sending in threads. */
export const BOT_GUILD_PERMISSIONS = MEMBER_PERMISSIONS | PermissionFlagsBits.SendMessagesInThreads;

/** Discord's documented app permissions in DMs: attach, embed, mention everyone, external emojis. */
export const BOT_DM_PERMISSIONS =
  PermissionFlagsBits.AttachFiles |
  PermissionFlagsBits.EmbedLinks |
  PermissionFlagsBits.MentionEveryone |
  PermissionFlagsBits.UseExternalEmojis;

/** Discord's default attachment size limit for interactions, 10 MiB. */
export const ATTACHMENT_SIZE_LIMIT = 10 * 1024 * 1024;

/** A complete user object from the fields given. */
export function userObject(user: Partial<APIUser> & { id: string }): APIUser {
  return {
    username: `user${user.id.slice(-4)}`,
    discriminator: '0',
    global_name: null,
    avatar: null,
    public_flags: 0 as UserFlags,
    ...user,
  };
}

/** The fake's knowledge of one guild: enough to announce it and to place interactions in it. */
export interface FakeGuild {
  readonly id: string;
  readonly name: string;
  readonly ownerId: string;
  /** The text channel interactions happen in unless another channel is named. */
  readonly channelId: string;
  readonly joinedAt: string;
}

function everyoneRole(guildId: string): APIRole {
  return {
    id: guildId,
    name: '@everyone',
    color: 0,
    colors: { primary_color: 0, secondary_color: null, tertiary_color: null },
    hoist: false,
    icon: null,
    unicode_emoji: null,
    position: 0,
    permissions: MEMBER_PERMISSIONS.toString(),
    managed: false,
    mentionable: false,
    flags: 0 as RoleFlags,
  };
}

export function textChannelObject(
  guildId: string,
  channelId: string,
  name = 'general',
): APIGuildTextChannel<ChannelType.GuildText> {
  return {
    id: channelId,
    type: ChannelType.GuildText,
    guild_id: guildId,
    name,
    position: 0,
    permission_overwrites: [],
    nsfw: false,
    parent_id: null,
    topic: null,
    last_message_id: null,
    rate_limit_per_user: 0,
    default_auto_archive_duration: 1440,
    flags: 0 as ChannelFlags,
  };
}

export function memberObject(
  user: APIUser,
  joinedAt: string,
  roles: readonly string[] = [],
): APIGuildMember & { user: APIUser } {
  return {
    user,
    nick: null,
    avatar: null,
    banner: null,
    roles: [...roles],
    joined_at: joinedAt,
    premium_since: null,
    deaf: false,
    mute: false,
    flags: 0 as GuildMemberFlags,
    pending: false,
    communication_disabled_until: null,
  };
}

/** GUILD_CREATE data for a small, available guild with one text channel and the bot as member. */
export function guildCreateData(guild: FakeGuild, botUser: APIUser): GatewayGuildCreateDispatchData {
  return {
    id: guild.id,
    name: guild.name,
    icon: null,
    splash: null,
    discovery_splash: null,
    banner: null,
    description: null,
    owner_id: guild.ownerId,
    afk_channel_id: null,
    afk_timeout: 300,
    verification_level: GuildVerificationLevel.None,
    default_message_notifications: GuildDefaultMessageNotifications.OnlyMentions,
    explicit_content_filter: GuildExplicitContentFilter.Disabled,
    roles: [everyoneRole(guild.id)],
    emojis: [],
    stickers: [],
    features: [],
    mfa_level: GuildMFALevel.None,
    application_id: null,
    system_channel_id: guild.channelId,
    system_channel_flags: 0 as GuildSystemChannelFlags,
    rules_channel_id: null,
    vanity_url_code: null,
    premium_tier: GuildPremiumTier.None,
    premium_subscription_count: 0,
    preferred_locale: Locale.EnglishUS,
    public_updates_channel_id: null,
    nsfw_level: GuildNSFWLevel.Default,
    premium_progress_bar_enabled: false,
    hub_type: null,
    safety_alerts_channel_id: null,
    incidents_data: null,
    max_members: 500000,
    joined_at: guild.joinedAt,
    large: false,
    unavailable: false,
    member_count: 2,
    voice_states: [],
    members: [memberObject(botUser, guild.joinedAt)],
    channels: [textChannelObject(guild.id, guild.channelId)],
    threads: [],
    presences: [],
    stage_instances: [],
    guild_scheduled_events: [],
    soundboard_sounds: [],
  };
}

/** A complete message object: fields not given take the values of a plain, unedited message. */
export function messageObject(
  message: Pick<APIMessage, 'id' | 'channel_id' | 'author'> & Partial<APIMessage>,
): APIMessage {
  return {
    type: MessageType.Default,
    content: '',
    timestamp: new Date().toISOString(),
    edited_timestamp: null,
    tts: false,
    mention_everyone: false,
    mentions: [],
    mention_roles: [],
    attachments: [],
    embeds: [],
    components: [],
    pinned: false,
    flags: 0 as MessageFlags,
    ...message,
  };
}

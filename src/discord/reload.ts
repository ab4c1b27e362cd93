import {
  InteractionContextType,
  MessageFlags,
  PermissionFlagsBits,
  SlashCommandBuilder,
  type ChatInputCommandInteraction,
} from 'discord.js';
import type { ReloadProgress, ReloadReport, ReloadRequest } from '../reload';
import { reloadProgressToText, reloadReportToText } from '../render/reloadReportText';
import type { ChatCommand } from './command';
import { noticeBody } from './renderAnswer';
import { sendNotice } from './replies';

/**
 * `/reload`: re-reads the corpus folder, builds the new index beside the one in service and swaps it
 * in (see `src/reload.ts`). Registered for members with Manage Server only (`default_member_permissions`),
 * and checked again here, because a server can override the default in its integration settings and
 * `RELOAD_GUILD_IDS` / `RELOAD_ROLE_IDS` narrow it further. The reply is ephemeral: the report, or every
 * bad file with its reason; a slow reload edits its reply with its progress.
 */

/** Who may reload, beyond Manage Server (from RELOAD_GUILD_IDS / RELOAD_ROLE_IDS; empty = no restriction). */
export interface ReloadPolicy {
  readonly guildIds: readonly string[];
  readonly roleIds: readonly string[];
}

/** How this process reloads: the local Reloader, or (under sharding) a request to the manager. */
export interface ReloadService {
  readonly policy: ReloadPolicy;
  reload(request: ReloadRequest): Promise<ReloadReport>;
  /** Show progress once a reload has run this long (ms). Default 2000. */
  readonly progressAfterMs?: number;
}

export const RELOAD_MESSAGES = {
  guildOnly: 'Reloading the articles is done from a server, by its moderators.',
  notHere: 'Reloading the articles is not enabled in this server.',
  noPermission: 'Only members with the Manage Server permission can reload the articles.',
  noRole: 'Reloading the articles is restricted to certain roles, and you have none of them.',
  unavailable: 'This bot was started without a reload service.',
} as const;

/** How often a slow reload's reply is refreshed (Discord allows 5 edits per 5 s per reply). */
const PROGRESS_REFRESH_MS = 3000;

/** Why `interaction`'s user may not reload, or null when they may. */
export function refusalOf(interaction: ChatInputCommandInteraction, policy: ReloadPolicy): string | null {
  if (!interaction.inGuild()) return RELOAD_MESSAGES.guildOnly;
  if (policy.guildIds.length > 0 && !policy.guildIds.includes(interaction.guildId))
    return RELOAD_MESSAGES.notHere;
  if (!interaction.memberPermissions.has(PermissionFlagsBits.ManageGuild))
    return RELOAD_MESSAGES.noPermission;
  if (policy.roleIds.length > 0) {
    if (!roleIdsOf(interaction.member).some((role) => policy.roleIds.includes(role)))
      return RELOAD_MESSAGES.noRole;
  }
  return null;
}

/**
 * The member's role ids as the interaction gave them. A cached GuildMember lists only roles the guild
 * cache knows (`roles.cache`); its raw ids (`_roles`) are what Discord sent, so both are read.
 */
function roleIdsOf(member: ChatInputCommandInteraction<'cached' | 'raw'>['member']): string[] {
  const roles = member.roles;
  if (Array.isArray(roles)) return roles;
  const raw = (member as unknown as { _roles?: unknown })._roles;
  return [
    ...roles.cache.keys(),
    ...(Array.isArray(raw) ? raw.filter((id): id is string => typeof id === 'string') : []),
  ];
}

export const reload: ChatCommand = {
  kind: 'chat',
  costsAQuestion: false,
  data: new SlashCommandBuilder()
    .setName('reload')
    .setDescription('Re-read the article folder and swap in the new index (moderators)')
    .setDefaultMemberPermissions(PermissionFlagsBits.ManageGuild)
    .setContexts(InteractionContextType.Guild),

  async execute(interaction, context) {
    const service = context.reload;
    if (service === undefined) {
      await sendNotice(interaction, RELOAD_MESSAGES.unavailable);
      return;
    }
    const refusal = refusalOf(interaction, service.policy);
    if (refusal !== null) {
      context.logger.warn(
        { userId: interaction.user.id, guildId: interaction.guildId, refusal },
        'reload refused',
      );
      await sendNotice(interaction, refusal);
      return;
    }
    context.logger.info({ userId: interaction.user.id, guildId: interaction.guildId }, 'reload requested');
    // A reload may take a while: acknowledge at once, then edit the reply.
    await interaction.deferReply({ flags: MessageFlags.Ephemeral });

    const progressAfterMs = service.progressAfterMs ?? 2000;
    let latest: ReloadProgress | null = null;
    let shown = '';
    let edits: Promise<unknown> = Promise.resolve();
    const edit = (text: string): void => {
      if (text === shown) return;
      shown = text;
      edits = edits
        .then(() => interaction.editReply(noticeBody(text)))
        .catch((error: unknown) => context.logger.warn({ err: error }, 'could not show reload progress'));
    };
    const startedAt = Date.now();
    const showProgress = (): void => {
      const elapsedMs = Date.now() - startedAt;
      edit(reloadProgressToText({ phase: latest?.phase ?? 'hashing', elapsedMs }));
    };
    let refresher: NodeJS.Timeout | null = null;
    const first = setTimeout(() => {
      showProgress();
      refresher = setInterval(showProgress, PROGRESS_REFRESH_MS);
    }, progressAfterMs);
    let report: ReloadReport;
    try {
      report = await service.reload({
        onProgress: (progress) => {
          latest = progress;
        },
      });
    } finally {
      clearTimeout(first);
      if (refresher !== null) clearInterval(refresher);
    }
    await edits;
    await interaction.editReply(noticeBody(reloadReportToText(report)));
  },
};

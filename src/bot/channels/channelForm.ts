/**
 * Which form answers take on the channel a turn came from. The render layer picks cards, buttons
 * or plain text from this; nothing else in the bot branches on channel ids.
 */
import type { Activity } from 'botbuilder';

/**
 * - `webchat`: our website (Direct Line) or Azure's Web Chat: Adaptive Card carousels, suggested actions.
 * - `teams`: Microsoft Teams: Adaptive Cards 1.5 at most; suggested actions in 1:1 chats only, three at most.
 * - `slack`: Azure's Slack channel: no Adaptive Cards (they become expiring pictures), hero cards with buttons.
 * - `plain`: the Emulator and unknown channels: text with numbered lists.
 */
export type ChannelForm = 'webchat' | 'teams' | 'slack' | 'plain';

export function channelFormOf(activity: Pick<Activity, 'channelId'>): ChannelForm {
  switch (activity.channelId) {
    case 'directline':
    case 'webchat':
      return 'webchat';
    case 'msteams':
      return 'teams';
    case 'slack':
      return 'slack';
    default:
      return 'plain';
  }
}

/** A Teams channel or group chat, where several people read along (not a 1:1 chat with the bot). */
export function isTeamsSharedConversation(activity: Pick<Activity, 'channelId' | 'conversation'>): boolean {
  const type = activity.conversation?.conversationType;
  return activity.channelId === 'msteams' && (type === 'channel' || type === 'groupChat');
}

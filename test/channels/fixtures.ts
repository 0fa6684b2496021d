/**
 * Activities in the shapes Azure Bot Service delivers them from Teams and Slack (ids made up,
 * fields as the channels send them). Each builder takes the text and a unique suffix so tests do
 * not share conversations.
 */
export const BOT_APP_ID = '00000000-0000-4000-8000-0000000000b0';
export const TENANT_ID = '11111111-2222-4333-8444-555555555555';
const TEAMS_SERVICE_URL = 'https://smba.trafficmanager.net/emea/';
const SLACK_SERVICE_URL = 'https://slack.botframework.com/';

const teamsBot = { id: `28:${BOT_APP_ID}`, name: 'Shopkeeper' };
const clientInfo = { type: 'clientInfo', locale: 'en-US', country: 'US', platform: 'Web', timezone: 'Europe/London' };

function teamsUser(n: string) {
  return { id: `29:1teams-user-${n}`, name: 'Ada Lovelace', aadObjectId: `6f1c2d3e-0000-4000-8000-${n.padStart(12, '0')}` };
}

/** A 1:1 chat with the bot. */
export function teamsPersonalMessage(text: string, n: string, value?: unknown): Record<string, unknown> {
  return {
    type: 'message',
    id: `17000000000${n}`,
    timestamp: '2026-11-23T10:00:00.000Z',
    localTimestamp: '2026-11-23T10:00:00.000+00:00',
    channelId: 'msteams',
    serviceUrl: TEAMS_SERVICE_URL,
    from: teamsUser(n),
    conversation: { conversationType: 'personal', tenantId: TENANT_ID, id: `a:1personal-chat-${n}` },
    recipient: teamsBot,
    textFormat: 'plain',
    text,
    ...(value === undefined ? {} : { value }),
    locale: 'en-US',
    entities: [clientInfo],
    channelData: { tenant: { id: TENANT_ID } },
  };
}

/** A message in a team's channel thread; `mention` adds the bot's @mention as Teams writes it. */
export function teamsChannelMessage(text: string, n: string, mention: boolean): Record<string, unknown> {
  const channelId = `19:general-${n}@thread.tacv2`;
  const at = `<at>${teamsBot.name}</at>`;
  return {
    type: 'message',
    id: `17000000001${n}`,
    timestamp: '2026-11-23T10:05:00.000Z',
    channelId: 'msteams',
    serviceUrl: TEAMS_SERVICE_URL,
    from: teamsUser(n),
    conversation: { isGroup: true, conversationType: 'channel', tenantId: TENANT_ID, id: `${channelId};messageid=17000000001${n}` },
    recipient: teamsBot,
    textFormat: 'plain',
    text: mention ? `${at} ${text}` : text,
    locale: 'en-US',
    entities: mention ? [{ type: 'mention', text: at, mentioned: teamsBot }, clientInfo] : [clientInfo],
    channelData: {
      teamsChannelId: channelId,
      teamsTeamId: `19:team-${n}@thread.tacv2`,
      channel: { id: channelId },
      team: { id: `19:team-${n}@thread.tacv2` },
      tenant: { id: TENANT_ID },
    },
  };
}

/** What Teams sends when a user installs the app for a 1:1 chat: the bot is the member added. */
export function teamsInstall(n: string): Record<string, unknown> {
  return {
    type: 'conversationUpdate',
    id: `f:install-${n}`,
    timestamp: '2026-11-23T09:59:00.000Z',
    channelId: 'msteams',
    serviceUrl: TEAMS_SERVICE_URL,
    from: teamsUser(n),
    conversation: { conversationType: 'personal', tenantId: TENANT_ID, id: `a:1personal-chat-${n}` },
    recipient: teamsBot,
    membersAdded: [{ id: teamsBot.id }],
    channelData: { tenant: { id: TENANT_ID } },
  };
}

const slackBot = { id: 'B0BOT1234:T0TEAM123', name: 'shopkeeper' };

function slackUser(n: string) {
  return { id: `U0USER${n}:T0TEAM123`, name: 'ada' };
}

/** A direct message to the bot; channelData.SlackMessage holds the Events API envelope. */
export function slackDirectMessage(text: string, n: string): Record<string, unknown> {
  const ts = `1700000000.0001${n}`;
  return {
    type: 'message',
    id: `${ts}`,
    timestamp: '2026-11-23T10:10:00.000Z',
    channelId: 'slack',
    serviceUrl: SLACK_SERVICE_URL,
    from: slackUser(n),
    conversation: { isGroup: false, id: `B0BOT1234:T0TEAM123:D0DM${n}` },
    recipient: slackBot,
    textFormat: 'plain',
    text,
    channelData: {
      SlackMessage: {
        token: 'verification-token',
        team_id: 'T0TEAM123',
        api_app_id: 'A0APP1234',
        event: { client_msg_id: `msg-${n}`, type: 'message', text, user: `U0USER${n}`, ts, team: 'T0TEAM123', channel: `D0DM${n}`, event_ts: ts, channel_type: 'im' },
        type: 'event_callback',
        event_id: `Ev0${n}`,
        event_time: 1700000000,
      },
      ApiToken: 'xoxb-not-a-real-token',
    },
  };
}

/** A click on a button of a message the bot sent: Slack's interactive payload in channelData.Payload. */
export function slackButtonClick(buttonValue: string, n: string): Record<string, unknown> {
  return {
    type: 'message',
    id: `click-${n}`,
    timestamp: '2026-11-23T10:11:00.000Z',
    channelId: 'slack',
    serviceUrl: SLACK_SERVICE_URL,
    from: slackUser(n),
    conversation: { isGroup: false, id: `B0BOT1234:T0TEAM123:D0DM${n}` },
    recipient: slackBot,
    channelData: {
      Payload: {
        type: 'interactive_message',
        actions: [{ name: 'postBack', type: 'button', value: buttonValue }],
        callback_id: `callback-${n}`,
        team: { id: 'T0TEAM123', domain: 'demo-shop' },
        channel: { id: `D0DM${n}`, name: 'directmessage' },
        user: { id: `U0USER${n}`, name: 'ada' },
        action_ts: '1700000001.000200',
        message_ts: '1700000000.000300',
        attachment_id: '1',
        token: 'verification-token',
        is_app_unfurl: false,
        response_url: 'https://hooks.slack.com/actions/T0TEAM123/1/abc',
        trigger_id: '1.2.3',
      },
      ApiToken: 'xoxb-not-a-real-token',
    },
  };
}

/** The Bot Framework Emulator. */
export function emulatorMessage(text: string, n: string): Record<string, unknown> {
  return {
    type: 'message',
    id: `emu-${n}-${text.length}`,
    channelId: 'emulator',
    serviceUrl: 'http://localhost:1',
    from: { id: `emu-user-${n}`, name: 'User', role: 'user' },
    recipient: { id: 'bot', name: 'Bot', role: 'bot' },
    conversation: { id: `emulator-conv-${n}` },
    text,
  };
}

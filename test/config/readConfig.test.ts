import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, readConfig } from '../../src/config.ts';

const CWD = '/srv/shopkeeper';

describe('configuration from the environment', () => {
  it('uses the documented defaults on an empty environment', () => {
    const config = readConfig({}, CWD);
    expect(config).toMatchObject({
      port: 3978,
      dataDir: path.join(CWD, '.shopkeeper'),
      demoLogin: true,
      production: false,
      limits: { chatTokensPerAddress: 120, messagesPerMinute: 30 },
    });
  });

  it.each([
    ['SHOPKEEPER_DATA_DIR', { dataDir: path.join(CWD, '.shopkeeper') }],
    ['PORT', { port: 3978 }],
    ['SHOPKEEPER_MAX_MESSAGE_LENGTH', { maxMessageLength: 2000 }],
  ])('reads %s set to nothing as unset (not the working directory, not a random port)', (name, expected) => {
    expect(readConfig({ [name]: '' }, CWD)).toMatchObject(expected);
  });

  it.each([
    [{ PORT: 'eighty' }, /PORT/],
    [{ SHOPKEEPER_SESSION_SECRET: 'short' }, /SHOPKEEPER_SESSION_SECRET: must be at least 32 characters/],
    [{ SHOPKEEPER_PUBLIC_URL: 'bot.example' }, /SHOPKEEPER_PUBLIC_URL: must be an absolute URL/],
    [{ MicrosoftAppType: 'SingleTenant', MicrosoftAppId: 'x' }, /MicrosoftAppTenantId is required/],
    [{ SHOPKEEPER_MESSAGES_PER_MINUTE: '-1' }, /SHOPKEEPER_MESSAGES_PER_MINUTE/],
    [{ SHOPKEEPER_CHAT_TOKENS_PER_ADDRESS: 'lots' }, /SHOPKEEPER_CHAT_TOKENS_PER_ADDRESS/],
  ])('stops with a message naming the bad setting: %o', (env, message) => {
    expect(() => readConfig(env, CWD)).toThrow(ConfigError);
    expect(() => readConfig(env, CWD)).toThrow(message);
  });

  it('turns off the demo login in production unless asked for', () => {
    expect(readConfig({ NODE_ENV: 'production' }, CWD).demoLogin).toBe(false);
    expect(readConfig({ NODE_ENV: 'production', SHOPKEEPER_DEMO_LOGIN: 'true' }, CWD).demoLogin).toBe(true);
  });
});

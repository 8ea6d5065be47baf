// The offline validators of issue 18's provider rules, on values built at run time (nothing realistic committed).
import { randomBytes, randomInt } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  validateAtlassianDcPat,
  validateBase64Credentials,
  validateDiscordBotToken,
  validateLaravelAppKey,
} from '../../src/detect/validators.js';
import { randomFrom } from '../helpers/fake-secrets.js';

const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
const digits = (length: number): string => `${randomInt(1, 10)}${randomFrom('0123456789', length - 1)}`;
const b64url = (text: string): string => Buffer.from(text).toString('base64url');

const discordToken = (id: string): string => `${b64url(id)}.${randomFrom(ALNUM, 6)}.${randomFrom(`${ALNUM}_-`, 38)}`;
const dcPat = (id: string): string => Buffer.concat([Buffer.from(`${id}:`), randomBytes(20)]).toString('base64');

describe('provider validators', () => {
  it('Discord bot token: the first part is base64 of a 17-20 digit user id', () => {
    for (const length of [17, 18, 19, 20]) expect(validateDiscordBotToken(discordToken(digits(length)))).toBe(true);
    expect(validateDiscordBotToken(discordToken(digits(12)))).toBe(false);
    expect(validateDiscordBotToken(discordToken(`${digits(9)}x${digits(8)}`))).toBe(false);
    expect(validateDiscordBotToken(discordToken(`0${digits(17)}`))).toBe(false);
  });

  it('Atlassian Data Center PAT: base64 of a 12-digit id and a colon, also behind BBDC-', () => {
    const token = dcPat(digits(12));
    expect(token).toHaveLength(44);
    expect(validateAtlassianDcPat(token)).toBe(true);
    expect(validateAtlassianDcPat(`BBDC-${token}`)).toBe(true);
    expect(validateAtlassianDcPat(dcPat(digits(11)))).toBe(false);
    expect(validateAtlassianDcPat(randomBytes(33).toString('base64'))).toBe(false);
  });

  it('Laravel APP_KEY: base64: and a 32-byte (or 16-byte) key', () => {
    expect(validateLaravelAppKey(`base64:${randomBytes(32).toString('base64')}`)).toBe(true);
    expect(validateLaravelAppKey(`base64:${randomBytes(16).toString('base64')}`)).toBe(true);
    expect(validateLaravelAppKey(`base64:${randomBytes(24).toString('base64')}`)).toBe(false);
    expect(validateLaravelAppKey('base64:not base64 at all!')).toBe(false);
  });

  it('base64 credentials: printable user:password with a password', () => {
    const password = randomFrom(ALNUM, 16);
    expect(validateBase64Credentials(Buffer.from(`ci-bot:${password}`).toString('base64'))).toBe(true);
    expect(validateBase64Credentials(Buffer.from(`:${password}`).toString('base64'))).toBe(true);
    expect(validateBase64Credentials(Buffer.from('ci-bot:').toString('base64'))).toBe(false);
    expect(validateBase64Credentials(Buffer.from(password).toString('base64'))).toBe(false);
    expect(validateBase64Credentials(randomBytes(24).toString('base64'))).toBe(false);
  });
});

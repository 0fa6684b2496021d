/**
 * Sign-in attempts, limited: five wrong passwords for one account lock it for 15 minutes, and one
 * address gets 50 failed attempts an hour across all accounts (a password-spraying bound).
 * A successful sign-in clears the account's count.
 */
import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';

export interface ThrottleSettings {
  failuresPerAccount: number;
  lockoutSeconds: number;
  failuresPerAddress: number;
  addressWindowSeconds: number;
}

export const DEFAULT_THROTTLE: ThrottleSettings = {
  failuresPerAccount: 5,
  lockoutSeconds: 15 * 60,
  failuresPerAddress: 50,
  addressWindowSeconds: 60 * 60,
};

export class LoginThrottle {
  private readonly perAccount: RateLimiterMemory;
  private readonly perAddress: RateLimiterMemory;

  constructor(private readonly settings: ThrottleSettings = DEFAULT_THROTTLE) {
    this.perAccount = new RateLimiterMemory({
      points: settings.failuresPerAccount,
      duration: settings.lockoutSeconds,
      blockDuration: settings.lockoutSeconds,
    });
    this.perAddress = new RateLimiterMemory({
      points: settings.failuresPerAddress,
      duration: settings.addressWindowSeconds,
      blockDuration: settings.addressWindowSeconds,
    });
  }

  /** Seconds until the next attempt is allowed, or 0 when it is allowed now. */
  async waitSeconds(email: string, address: string): Promise<number> {
    const [account, ip] = await Promise.all([this.perAccount.get(accountKey(email)), this.perAddress.get(address)]);
    return Math.max(blockedFor(account, this.settings.failuresPerAccount), blockedFor(ip, this.settings.failuresPerAddress));
  }

  async failed(email: string, address: string): Promise<void> {
    await Promise.all([swallow(this.perAccount.consume(accountKey(email))), swallow(this.perAddress.consume(address))]);
  }

  async succeeded(email: string): Promise<void> {
    await this.perAccount.delete(accountKey(email));
  }
}

function accountKey(email: string): string {
  return email.trim().toLowerCase();
}

function blockedFor(res: RateLimiterRes | null, limit: number): number {
  if (!res || res.consumedPoints < limit) return 0;
  return Math.ceil(res.msBeforeNext / 1000);
}

/** consume() rejects once the limit is passed; for counting failures that is expected. */
async function swallow(promise: Promise<unknown>): Promise<void> {
  try {
    await promise;
  } catch (error) {
    if (!(error instanceof RateLimiterRes)) throw error;
  }
}

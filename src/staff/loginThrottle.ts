/**
 * Sign-in attempts, limited: five wrong passwords for one account lock it for 15 minutes, and one
 * address gets 50 failed attempts an hour across all accounts (a password-spraying bound).
 * A successful sign-in clears the account's count.
 */
import { FailureCounter } from '../limits/failureCounter.ts';

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
  private readonly perAccount: FailureCounter;
  private readonly perAddress: FailureCounter;

  constructor(settings: ThrottleSettings = DEFAULT_THROTTLE) {
    this.perAccount = new FailureCounter(settings.failuresPerAccount, settings.lockoutSeconds);
    this.perAddress = new FailureCounter(settings.failuresPerAddress, settings.addressWindowSeconds);
  }

  /** Seconds until the next attempt is allowed, or 0 when it is allowed now. */
  async waitSeconds(email: string, address: string): Promise<number> {
    const [account, ip] = await Promise.all([this.perAccount.waitSeconds(accountKey(email)), this.perAddress.waitSeconds(address)]);
    return Math.max(account, ip);
  }

  async failed(email: string, address: string): Promise<void> {
    await Promise.all([this.perAccount.failed(accountKey(email)), this.perAddress.failed(address)]);
  }

  async succeeded(email: string): Promise<void> {
    await this.perAccount.clear(accountKey(email));
  }
}

function accountKey(email: string): string {
  return email.trim().toLowerCase();
}

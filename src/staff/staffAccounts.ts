/**
 * Staff accounts: adding, listing, disabling, changing roles, and checking a sign-in. Used by the
 * `shopkeeper staff` command and by the admin page of the console.
 */
import type { StaffStore } from '../shop/ports.ts';
import type { StaffAccount, StaffRole } from '../shop/staffTypes.ts';
import { decoyHash, hashPassword, passwordProblem, verifyPassword } from './passwords.ts';

export class StaffAccountError extends Error {
  override name = 'StaffAccountError';
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
export const STAFF_ROLES: readonly StaffRole[] = ['agent', 'admin'];

export interface NewStaffAccount {
  email: string;
  name?: string;
  role: StaffRole;
  password: string;
}

export class StaffAccounts {
  constructor(
    private readonly store: StaffStore,
    private readonly now: () => Date = () => new Date(),
  ) {}

  async add(input: NewStaffAccount): Promise<StaffAccount> {
    const email = input.email.trim().toLowerCase();
    if (!EMAIL.test(email)) throw new StaffAccountError(`"${input.email}" is not an email address`);
    if (!STAFF_ROLES.includes(input.role)) throw new StaffAccountError(`the role must be agent or admin, not "${input.role}"`);
    const problem = passwordProblem(input.password);
    if (problem) throw new StaffAccountError(problem);
    if (await this.store.getAccount(email)) throw new StaffAccountError(`${email} already has an account`);
    const at = this.now().toISOString();
    const account: StaffAccount = {
      email,
      name: input.name?.trim() || nameFromEmail(email),
      role: input.role,
      passwordHash: await hashPassword(input.password),
      disabled: false,
      createdAt: at,
      updatedAt: at,
    };
    await this.store.saveAccount(account);
    return account;
  }

  list(): Promise<StaffAccount[]> {
    return this.store.listAccounts();
  }

  get(email: string): Promise<StaffAccount | undefined> {
    return this.store.getAccount(email.trim().toLowerCase());
  }

  async setDisabled(email: string, disabled: boolean): Promise<StaffAccount> {
    const account = await this.existing(email);
    if (disabled && account.role === 'admin' && !account.disabled) await this.keepAnAdmin(account.email);
    const updated = { ...account, disabled, updatedAt: this.now().toISOString() };
    await this.store.saveAccount(updated);
    return updated;
  }

  async setPassword(email: string, password: string): Promise<void> {
    const account = await this.existing(email);
    const problem = passwordProblem(password);
    if (problem) throw new StaffAccountError(problem);
    await this.store.saveAccount({ ...account, passwordHash: await hashPassword(password), updatedAt: this.now().toISOString() });
  }

  /** The account when the email and password match an enabled one; undefined otherwise. */
  async authenticate(email: string, password: string): Promise<StaffAccount | undefined> {
    const account = await this.store.getAccount(email.trim().toLowerCase());
    // Spend the same time whether or not the account exists, so timing does not reveal which do.
    const matches = await verifyPassword(password, account?.passwordHash ?? (await decoyHash()));
    return account && matches && !account.disabled ? account : undefined;
  }

  private async existing(email: string): Promise<StaffAccount> {
    const account = await this.store.getAccount(email.trim().toLowerCase());
    if (!account) throw new StaffAccountError(`no staff account for ${email}`);
    return account;
  }

  /** Refuses to disable the last enabled admin: nobody could manage staff afterwards. */
  private async keepAnAdmin(leaving: string): Promise<void> {
    const others = (await this.store.listAccounts()).filter((a) => a.role === 'admin' && !a.disabled && a.email !== leaving);
    if (!others.length) throw new StaffAccountError(`${leaving} is the last enabled admin: add another admin first`);
  }
}

function nameFromEmail(email: string): string {
  const local = email.split('@')[0].replace(/[._-]+/g, ' ').trim();
  return local.replace(/\b\w/g, (c) => c.toUpperCase()) || email;
}

// Accounts and their tokens in the store: made, listed, revoked, and looked up by hash on
// every request (no cache, so that a revoked token stops working at once).
import { and, asc, eq, gt, isNull, or, sql } from 'drizzle-orm';
import { newToken, type Role, tokenHash } from '../../team/accounts.ts';
import type { StoreDatabase } from '../database.ts';
import { accounts, accountTokens } from '../schema.ts';
import type { Account, AccountStore, TokenInfo } from './team-ports.ts';

const tokenColumns = {
  id: accountTokens.id,
  accountId: accountTokens.accountId,
  kind: accountTokens.kind,
  label: accountTokens.label,
  createdAt: accountTokens.createdAt,
  expiresAt: accountTokens.expiresAt,
  revokedAt: accountTokens.revokedAt,
  lastUsedAt: accountTokens.lastUsedAt,
};

export class DrizzleAccountStore implements AccountStore {
  constructor(private readonly db: StoreDatabase) {}

  async createAccount(name: string, role: Role): Promise<Account> {
    const [row] = await this.db.insert(accounts).values({ name, role }).onConflictDoNothing().returning();
    if (!row) throw new Error(`an account named "${name}" exists already`);
    return row as Account;
  }

  async listAccounts(): Promise<(Account & { tokens: TokenInfo[] })[]> {
    const rows = (await this.db.select().from(accounts).orderBy(asc(accounts.name))) as Account[];
    const tokens = (await this.db.select(tokenColumns).from(accountTokens).orderBy(asc(accountTokens.id))) as TokenInfo[];
    return rows.map((account) => ({ ...account, tokens: tokens.filter((token) => token.accountId === account.id) }));
  }

  async findAccount(name: string): Promise<Account | undefined> {
    const [row] = await this.db.select().from(accounts).where(eq(accounts.name, name));
    return row as Account | undefined;
  }

  async issueToken(accountId: number, options: { kind: 'api' | 'session'; label?: string; ttlSeconds?: number }): Promise<{ token: string; info: TokenInfo }> {
    const token = newToken();
    const expiresAt = options.ttlSeconds ? new Date(Date.now() + options.ttlSeconds * 1000).toISOString() : null;
    const [info] = await this.db
      .insert(accountTokens)
      .values({ accountId, tokenHash: tokenHash(token), kind: options.kind, label: options.label ?? null, expiresAt })
      .returning(tokenColumns);
    return { token, info: info as TokenInfo };
  }

  async revokeToken(tokenId: number): Promise<boolean> {
    const rows = await this.db.update(accountTokens).set({ revokedAt: sql`now()` })
      .where(and(eq(accountTokens.id, tokenId), isNull(accountTokens.revokedAt))).returning({ id: accountTokens.id });
    return rows.length > 0;
  }

  async revokeSession(secret: string): Promise<boolean> {
    const rows = await this.db.update(accountTokens).set({ revokedAt: sql`now()` })
      .where(and(eq(accountTokens.tokenHash, tokenHash(secret)), eq(accountTokens.kind, 'session'), isNull(accountTokens.revokedAt))).returning({ id: accountTokens.id });
    return rows.length > 0;
  }

  async authenticate(token: string): Promise<Account | undefined> {
    const [row] = await this.db
      .update(accountTokens)
      .set({ lastUsedAt: sql`now()` })
      .where(and(
        eq(accountTokens.tokenHash, tokenHash(token)),
        isNull(accountTokens.revokedAt),
        or(isNull(accountTokens.expiresAt), gt(accountTokens.expiresAt, sql`now()`)),
      ))
      .returning({ accountId: accountTokens.accountId });
    if (!row) return undefined;
    const [account] = await this.db.select().from(accounts).where(eq(accounts.id, row.accountId));
    return account as Account | undefined;
  }

  async hasAdmin(): Promise<boolean> {
    const rows = await this.db.select({ id: accounts.id }).from(accounts).where(eq(accounts.role, 'admin')).limit(1);
    return rows.length > 0;
  }
}

// What the team's callers need of the store: accounts and their tokens, and the feeds the
// workers poll. The drizzle rooms beside this file implement them.
import type { Role } from '../../team/accounts.ts';

export interface Account {
  id: number;
  name: string;
  role: Role;
  createdAt: string;
}

export interface TokenInfo {
  id: number;
  accountId: number;
  kind: 'api' | 'session';
  label: string | null;
  createdAt: string;
  expiresAt: string | null;
  revokedAt: string | null;
  lastUsedAt: string | null;
}

export interface AccountStore {
  createAccount(name: string, role: Role): Promise<Account>;
  listAccounts(): Promise<(Account & { tokens: TokenInfo[] })[]>;
  findAccount(name: string): Promise<Account | undefined>;
  /** A new secret for the account; returned once, stored hashed. Sessions expire after `ttlSeconds`. */
  issueToken(accountId: number, options: { kind: 'api' | 'session'; label?: string; ttlSeconds?: number }): Promise<{ token: string; info: TokenInfo }>;
  revokeToken(tokenId: number): Promise<boolean>;
  /** Revokes a web session by its secret; an API token's secret revokes nothing. */
  revokeSession(secret: string): Promise<boolean>;
  /** The account a secret belongs to, when it is neither revoked nor expired. */
  authenticate(token: string): Promise<Account | undefined>;
  hasAdmin(): Promise<boolean>;
}

export interface Feed {
  url: string;
  everySeconds: number;
  etag: string | null;
  lastModified: string | null;
  nextPollAt: string;
  lastPolledAt: string | null;
  lastStatus: string | null;
  lastError: string | null;
  consecutiveErrors: number;
  articlesQueued: number;
}

export interface PollOutcome {
  status: string;
  etag?: string | null;
  lastModified?: string | null;
  error?: string;
  articles?: number;
}

export interface FeedStore {
  addFeed(url: string, everySeconds: number): Promise<Feed>;
  removeFeed(url: string): Promise<boolean>;
  listFeeds(): Promise<Feed[]>;
  /** Feeds whose next poll is due, claimed (their next poll pushed back) so that another worker does not take them too. */
  claimDueFeeds(limit: number): Promise<Feed[]>;
  recordPoll(url: string, outcome: PollOutcome): Promise<void>;
  /** Forgets the feed's validators and makes it due now: what the last poll brought was lost before it was ingested. */
  pollAgainInFull(url: string): Promise<void>;
}

// Who may do what in a team installation, and the secrets that say who is asking. A token
// is 32 random bytes shown once; the store keeps only its SHA-256 (a random secret of that
// length needs no slow hash), so a leaked database reveals no working token.
import { createHash, randomBytes } from 'node:crypto';

export const ROLES = ['viewer', 'analyst', 'admin'] as const;
export type Role = (typeof ROLES)[number];

/** What a request does, from reading to administering; each role may do its own and everything below. */
export type Permission = 'read' | 'write' | 'administer';

const ROLE_PERMISSIONS: { [role in Role]: readonly Permission[] } = {
  viewer: ['read'],
  analyst: ['read', 'write'],
  admin: ['read', 'write', 'administer'],
};

export function mayDo(role: Role, permission: Permission): boolean {
  return ROLE_PERMISSIONS[role].includes(permission);
}

/** Tokens start with this, so that one pasted into the wrong place is recognisable. */
const TOKEN_PREFIX = 'bilat_';

export function newToken(): string {
  return TOKEN_PREFIX + randomBytes(32).toString('base64url');
}

export function tokenHash(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

export function isRole(value: string): value is Role {
  return (ROLES as readonly string[]).includes(value);
}

/**
 * Direct Line tokens: short-lived JWTs (HS256) bound to one conversation and one user, signed with
 * the server's Direct Line secret. A token for a signed-in customer carries their customer id; it
 * can only be made by someone holding the secret (the shop's back end), or by the demo page when
 * demo login is switched on.
 */
import { randomUUID } from 'node:crypto';
import { errors, jwtVerify, SignJWT } from 'jose';

export const TOKEN_LIFETIME_SECONDS = 30 * 60;
const ISSUER = 'shopkeeper-directline';

export interface TokenClaims {
  conversationId: string;
  userId: string;
  userName?: string;
  /** Set only when the token was issued for a signed-in customer. */
  customerId?: string;
}

export class TokenError extends Error {
  override name = 'TokenError';
}

export class DirectLineTokens {
  private readonly key: Uint8Array;

  constructor(secret: string) {
    this.key = new TextEncoder().encode(secret);
  }

  async issue(claims: TokenClaims): Promise<{ token: string; expires_in: number }> {
    const token = await new SignJWT({ user: claims.userId, name: claims.userName, customer: claims.customerId })
      .setProtectedHeader({ alg: 'HS256' })
      .setIssuer(ISSUER)
      .setSubject(claims.conversationId)
      .setJti(randomUUID())
      .setIssuedAt()
      .setExpirationTime(`${TOKEN_LIFETIME_SECONDS}s`)
      .sign(this.key);
    return { token, expires_in: TOKEN_LIFETIME_SECONDS };
  }

  async verify(token: string): Promise<TokenClaims> {
    try {
      const { payload } = await jwtVerify(token, this.key, { issuer: ISSUER, algorithms: ['HS256'] });
      if (typeof payload.sub !== 'string' || typeof payload.user !== 'string') throw new TokenError('token is missing its conversation or user');
      return {
        conversationId: payload.sub,
        userId: payload.user,
        userName: typeof payload.name === 'string' ? payload.name : undefined,
        customerId: typeof payload.customer === 'string' ? payload.customer : undefined,
      };
    } catch (error) {
      if (error instanceof TokenError) throw error;
      if (error instanceof errors.JWTExpired) throw new TokenError('token expired');
      throw new TokenError('invalid token');
    }
  }
}

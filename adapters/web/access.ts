// Who may read the web view: with a token configured, every page needs it (a Bearer header, a
// `?token=` that becomes a session cookie), or a link to one briefing signed with it, which is
// what chat citations carry. Comparisons take the same time whatever the guess.
import { createHmac, timingSafeEqual } from "node:crypto";

/** The cookie a `?token=` visit leaves, so the pages' own links and the search form keep working. */
export const SESSION_COOKIE = "briefbot_web";

/** Characters of the HMAC kept in a signed link: 192 bits, base64url. */
const SIGNATURE_LENGTH = 32;

function hmac(key: string, text: string): string {
  return createHmac("sha256", key).update(text).digest("base64url");
}

/** Equal strings, compared in time that does not depend on where they differ. */
export function sameSecret(given: string | undefined, expected: string): boolean {
  if (given === undefined) return false;
  const a = Buffer.from(hmac("same-secret", given));
  const b = Buffer.from(hmac("same-secret", expected));
  return timingSafeEqual(a, b);
}

/** The signature of a path (`/briefings/ID`, as sent, percent-encoded) under the token. */
export function signPath(token: string, path: string): string {
  return hmac(token, `GET ${path}`).slice(0, SIGNATURE_LENGTH);
}

/** Whether `signature` is the token's signature of `path`. */
export function verifyPath(token: string, path: string, signature: string | undefined): boolean {
  return sameSecret(signature, signPath(token, path));
}

/** The session cookie's value: derived from the token, so the token itself never sits in a cookie. */
export function sessionValue(token: string): string {
  return hmac(token, "session v1");
}

/** The token of an `Authorization: Bearer …` header, if any. */
export function bearerToken(header: string | undefined): string | undefined {
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header ?? "");
  return match?.[1];
}

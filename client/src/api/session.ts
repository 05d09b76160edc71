// The signed-in session, in this tab's memory only: the access token and the user. The refresh
// token never reaches script: the API keeps it in an HttpOnly cookie (see client.ts), and on a
// reload the session is restored from that cookie.
import type { CurrentUser } from './types';

/** What sign-in, refresh and password change answer (only the parts the session keeps). */
export type SessionGrant = {
  accessToken: string;
  /** Only API clients get it in the body; the SPA's is in the cookie. */
  refreshToken?: string | null;
  mustChangePassword?: boolean;
  user?: CurrentUser | null;
  expiresIn?: number;
  tokenType?: string;
};

export type Session = {
  accessToken: string;
  user: CurrentUser | null;
  mustChangePassword: boolean;
};

let current: Session | null = null;
let signedOutByUser = false;
// Until the first refresh through the cookie has answered, nobody knows whether we are signed in.
let restoring = false;
const listeners = new Set<() => void>();

function save(next: Session | null) {
  current = next;
  listeners.forEach((l) => l());
}

export const session = {
  get: () => current,
  subscribe(listener: () => void) {
    listeners.add(listener);
    return () => {
      listeners.delete(listener);
    };
  },
  signIn(result: SessionGrant) {
    signedOutByUser = false;
    save({
      accessToken: result.accessToken,
      user: result.user ?? null,
      mustChangePassword: Boolean(result.mustChangePassword ?? result.user?.mustChangePassword),
    });
  },
  setUser(user: CurrentUser) {
    if (current) save({ ...current, user, mustChangePassword: Boolean(user.mustChangePassword) });
  },
  /** `byUser`: the user pressed sign out (so the next sign-in starts afresh, not where they were). */
  signOut(byUser = false) {
    if (byUser) signedOutByUser = true;
    save(null);
  },
  signedOutByUser: () => signedOutByUser,
  isRestoring: () => restoring,
  setRestoring(value: boolean) {
    restoring = value;
    listeners.forEach((l) => l());
  },
};

// The signed-in session: tokens live in memory and in sessionStorage (per tab, gone when the
// tab closes), never in localStorage.
import type { CurrentUser } from './types';

/** What sign-in, refresh and password change answer (only the parts the session keeps). */
export type SessionGrant = {
  accessToken: string;
  refreshToken: string;
  mustChangePassword?: boolean;
  user?: CurrentUser | null;
  expiresIn?: number;
  tokenType?: string;
};

export type Session = {
  accessToken: string;
  refreshToken: string;
  user: CurrentUser | null;
  mustChangePassword: boolean;
};

const KEY = 'hsworks.session';
let current: Session | null = load();
let signedOutByUser = false;
const listeners = new Set<() => void>();

function load(): Session | null {
  try {
    const raw = globalThis.sessionStorage?.getItem(KEY);
    return raw ? (JSON.parse(raw) as Session) : null;
  } catch {
    return null;
  }
}

function save(next: Session | null) {
  current = next;
  try {
    if (next) sessionStorage.setItem(KEY, JSON.stringify(next));
    else sessionStorage.removeItem(KEY);
  } catch {
    /* storage unavailable: memory only */
  }
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
      refreshToken: result.refreshToken,
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
  /** Re-reads sessionStorage (tests). */
  reload() {
    current = load();
    listeners.forEach((l) => l());
  },
};

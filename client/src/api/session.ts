// The signed-in session: tokens live in memory and in sessionStorage (per tab, gone when the
// tab closes), never in localStorage.
import type { CurrentUser, LoginResult } from './types';

export type Session = {
  accessToken: string;
  refreshToken: string;
  user: CurrentUser | null;
  mustChangePassword: boolean;
};

const KEY = 'hsworks.session';
let current: Session | null = load();
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
  signIn(result: LoginResult) {
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
  signOut() {
    save(null);
  },
  /** Re-reads sessionStorage (tests). */
  reload() {
    current = load();
    listeners.forEach((l) => l());
  },
};

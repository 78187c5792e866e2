import { Injectable, computed, signal } from '@angular/core';
import { LoginResponse, UserView } from '@ws/domain';

interface StoredSession {
  accessToken: string;
  expiresAt: string;
  user: UserView;
}

const STORAGE_KEY = '4m4iof.session';

// The signed-in user and their access token (SPEC §7: Bearer tokens). Kept in
// local storage so a reload or a deep link in a new tab stays signed in.
@Injectable({ providedIn: 'root' })
export class Session {
  private readonly state = signal<StoredSession | null>(readStoredSession());

  readonly user = computed(() => this.state()?.user ?? null);

  readonly accessToken = computed(() => this.state()?.accessToken ?? null);

  isActive(now = Date.now()): boolean {
    const state = this.state();
    return !!state && Date.parse(state.expiresAt) > now;
  }

  start(login: LoginResponse): void {
    const state: StoredSession = {
      accessToken: login.accessToken,
      expiresAt: login.expiresAt,
      user: login.user,
    };
    writeStoredSession(state);
    this.state.set(state);
  }

  /** Keeps the stored user current (a new name or partner) with the same token. */
  refreshUser(user: UserView): void {
    const state = this.state();
    if (!state || state.user.id !== user.id) return;
    const next: StoredSession = { ...state, user };
    writeStoredSession(next);
    this.state.set(next);
  }

  end(): void {
    writeStoredSession(null);
    this.state.set(null);
  }
}

function readStoredSession(): StoredSession | null {
  try {
    const raw = localStorage.getItem(STORAGE_KEY);
    if (!raw) return null;
    const stored = JSON.parse(raw) as Partial<StoredSession>;
    if (
      typeof stored.accessToken !== 'string' ||
      typeof stored.expiresAt !== 'string' ||
      !stored.user
    ) {
      return null;
    }
    return stored as StoredSession;
  } catch {
    return null;
  }
}

function writeStoredSession(state: StoredSession | null): void {
  try {
    if (state) localStorage.setItem(STORAGE_KEY, JSON.stringify(state));
    else localStorage.removeItem(STORAGE_KEY);
  } catch {
    // Storage can be disabled; the session then lasts as long as the page.
  }
}

// Typed wrappers over the Tauri commands and events. Types come from Rust (ts-rs).
import { invoke } from '@tauri-apps/api/core';
import { listen, type UnlistenFn } from '@tauri-apps/api/event';
import type { AppSnapshot } from './bindings/AppSnapshot';
import type { ErrorPayload } from './bindings/ErrorPayload';
import type { ForumSummary } from './bindings/ForumSummary';
import type { GuestListItem } from './bindings/GuestListItem';
import type { GuestSearch } from './bindings/GuestSearch';
import type { Lang } from './bindings/Lang';

export type { AppSnapshot, ErrorPayload, ForumSummary, GuestListItem, GuestSearch, Lang };

/** Any rejection as an ErrorPayload, so the UI always has a code to look up. */
export function asError(e: unknown): ErrorPayload {
  if (e && typeof e === 'object' && 'code' in e && 'detail' in e) {
    return e as ErrorPayload;
  }
  return { code: 'unknown', detail: String(e), args: {} };
}

async function call<T>(cmd: string, args?: Record<string, unknown>): Promise<T> {
  try {
    return await invoke<T>(cmd, args);
  } catch (e) {
    throw asError(e);
  }
}

export const api = {
  appState: () => call<AppSnapshot>('app_state'),
  setLanguage: (lang: Lang) => call<void>('set_language', { lang }),
  listGuests: (query = '') => call<GuestSearch>('list_guests', { query }),
};

/** A passing message: a Fluent id and its arguments. */
export type Notice = { id: string; args: Record<string, string | number> };

export type View = 'guests' | 'seating' | 'agenda' | 'live' | 'settings';
export const VIEWS: readonly View[] = ['guests', 'seating', 'agenda', 'live', 'settings'];

/** Events the Rust side sends (menu actions, file changes, errors). */
export const events = {
  forumChanged: (cb: (s: ForumSummary) => void): Promise<UnlistenFn> =>
    listen<ForumSummary>('forum-changed', (e) => cb(e.payload)),
  languageChanged: (cb: (l: Lang) => void): Promise<UnlistenFn> =>
    listen<Lang>('language-changed', (e) => cb(e.payload)),
  error: (cb: (e: ErrorPayload) => void): Promise<UnlistenFn> =>
    listen<ErrorPayload>('app-error', (e) => cb(e.payload)),
  notice: (cb: (n: Notice) => void): Promise<UnlistenFn> =>
    listen<Notice>('app-notice', (e) => cb(e.payload)),
  navigate: (cb: (v: View) => void): Promise<UnlistenFn> =>
    listen<View>('navigate', (e) => cb(e.payload)),
  edit: (cb: (command: 'undo' | 'redo') => void): Promise<UnlistenFn> =>
    listen<'undo' | 'redo'>('edit-command', (e) => cb(e.payload)),
};

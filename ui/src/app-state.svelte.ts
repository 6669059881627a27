// App-wide UI state: the vocabulary from Rust, the banner messages.
import { asError, type DuplicateHint, type ErrorPayload, type Exported, type LiveView, type Notice, type Vocabulary } from './ipc';

const empty: Vocabulary = {
  statuses: [],
  ranks: [],
  genders: [],
  roles: [],
  sorts: [],
  fields: [],
  columns: [],
  langs: [],
  session_kinds: [],
  item_kinds: [],
  interpretations: [],
  countries: [],
  honour_sides: [],
};

class AppState {
  vocab = $state<Vocabulary>(empty);
  error = $state<ErrorPayload | null>(null);
  notice = $state<Notice | null>(null);
  duplicate = $state<DuplicateHint | null>(null);
  /** The forum's IANA time zone, for showing times. */
  timeZone = $state('UTC');
  /** The forum's time zone as people read it: "Пекин, Шанхай, Шэньчжэнь (UTC+8)". */
  zoneLabel = $state('UTC');
  /** The forum setup dialog on screen: a new forum, or the open one's details. */
  forumDialog = $state<'new' | 'edit' | null>(null);
  /** The running session as the Rust ticker last sent it (null: none). */
  live = $state.raw<LiveView | null>(null);
  /** Where the app's timed backups go. */
  backupDir = $state('');
  /** Live mode fills the screen: no top bar, no sidebar. */
  immersive = $state(false);

  showError(e: ErrorPayload) {
    this.error = e;
  }

  notify(id: string, args: Record<string, string | number> = {}) {
    this.notice = { id, args };
  }

  /** The question on screen (ConfirmDialog answers it). */
  question = $state<{ text: string; ok: string; answer: (yes: boolean) => void } | null>(null);

  /**
   * Asks before a destructive step, in the app's own dialog: the webview's
   * `window.confirm` returns at once without asking (Tauri's dialog plugin
   * replaces it, and the web side has no dialog permission).
   */
  ask(text: string, ok: string): Promise<boolean> {
    this.question?.answer(false);
    return new Promise((resolve) => {
      this.question = {
        text,
        ok,
        answer: (yes) => {
          this.question = null;
          resolve(yes);
        },
      };
    });
  }
}

export const app = new AppState();

/** Lower case, ё as е: how Rust normalizes search keys (names::normalize). */
export function normalize(s: string): string {
  return s.toLocaleLowerCase().replaceAll('ё', 'е');
}

/** The normalized words of a search query. */
export function queryWords(query: string): string[] {
  return normalize(query).split(/\s+/).filter(Boolean);
}

/** Every word of the query is in the key (names::key_matches). */
export function keyMatches(key: string, query: string): boolean {
  return queryWords(query).every((w) => key.includes(w));
}

/**
 * Runs a "save as" export: on success says what was written (`notice` with
 * `count` and `file`) and returns true; a cancelled dialog returns false; an
 * error goes to the banner.
 */
export async function runExport(task: () => Promise<Exported | null>, notice: string): Promise<boolean> {
  try {
    const done = await task();
    if (!done) return false;
    app.notify(notice, { count: done.count, file: done.path });
    return true;
  } catch (e) {
    app.showError(asError(e));
    return false;
  }
}

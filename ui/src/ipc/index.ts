// Typed wrappers over the Tauri commands and events. Types come from Rust (ts-rs).
import { invoke } from '@tauri-apps/api/core';
import { listen, type UnlistenFn } from '@tauri-apps/api/event';
import type { AppSnapshot } from './bindings/AppSnapshot';
import type { Agenda } from './bindings/Agenda';
import type { ColumnMapping } from './bindings/ColumnMapping';
import type { RowDecision } from './bindings/RowDecision';
import type { SaveExtras } from './bindings/SaveExtras';
import type { Delegation } from './bindings/Delegation';
import type { DuplicateHint } from './bindings/DuplicateHint';
import type { ErrorPayload } from './bindings/ErrorPayload';
import type { ExportOptions } from './bindings/ExportOptions';
import type { Exported } from './bindings/Exported';
import type { ForumSummary } from './bindings/ForumSummary';
import type { Guest } from './bindings/Guest';
import type { GuestDetail } from './bindings/GuestDetail';
import type { GuestList } from './bindings/GuestList';
import type { GuestListItem } from './bindings/GuestListItem';
import type { GuestSort } from './bindings/GuestSort';
import type { ImportPreview } from './bindings/ImportPreview';
import type { ImportSummary } from './bindings/ImportSummary';
import type { Lang } from './bindings/Lang';
import type { NameParts } from './bindings/NameParts';
import type { Organization } from './bindings/Organization';
import type { Saved } from './bindings/Saved';
import type { Status } from './bindings/Status';
import type { UndoState } from './bindings/UndoState';
import type { Vocabulary } from './bindings/Vocabulary';
import type { NewPlan } from './bindings/NewPlan';
import type { PlanChange } from './bindings/PlanChange';
import type { PlanSummary } from './bindings/PlanSummary';
import type { PlanView } from './bindings/PlanView';
import type { SessionChoice } from './bindings/SessionChoice';
import type { SessionForm } from './bindings/SessionForm';
import type { ItemForm } from './bindings/ItemForm';
import type { HallChoice } from './bindings/HallChoice';
import type { LiveView } from './bindings/LiveView';
import type { LiveAction } from './bindings/LiveAction';
import type { DocOptions } from './bindings/DocOptions';
import type { DocKind } from './bindings/DocKind';
import type { Preview } from './bindings/Preview';
import type { Written } from './bindings/Written';
import type { AgendaFormat } from './bindings/AgendaFormat';
import type { Localized } from './bindings/Localized';
import type { ForumSetup } from './bindings/ForumSetup';
import type { HostChoice } from './bindings/HostChoice';
import type { Forum } from './bindings/Forum';
import type { Zone } from './bindings/Zone';
import type { MergeView } from './bindings/MergeView';
import type { GuestField } from './bindings/GuestField';

export type {
  AppSnapshot,
  ColumnMapping,
  Delegation,
  DuplicateHint,
  ErrorPayload,
  ExportOptions,
  Exported,
  ForumSummary,
  Guest,
  GuestDetail,
  GuestList,
  GuestListItem,
  GuestSort,
  ImportPreview,
  ImportSummary,
  Lang,
  NameParts,
  Organization,
  Saved,
  Status,
  UndoState,
  Vocabulary,
  SessionForm,
  ItemForm,
  HallChoice,
  LiveView,
  LiveAction,
  DocOptions,
  DocKind,
  Preview,
  Written,
};

export type { AgendaFormat, ForumSetup, HostChoice, Forum, Zone, Localized, MergeView, GuestField };

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
  vocabulary: () => call<Vocabulary>('vocabulary'),
  agenda: () => call<Agenda>('agenda'),
  listHalls: () => call<HallChoice[]>('list_halls'),
  getSession: (id: string) => call<SessionForm>('get_session', { id }),
  saveSession: (form: SessionForm) => call<string>('save_session', { form }),
  deleteSession: (id: string) => call<void>('delete_session', { id }),
  getItem: (id: string) => call<ItemForm>('get_item', { id }),
  saveItem: (form: ItemForm) => call<string>('save_item', { form }),
  deleteItem: (session: string, id: string) => call<void>('delete_item', { session, id }),
  moveItem: (session: string, id: string, position: number) =>
    call<void>('move_item', { session, id, position }),
  exportAgenda: (format: AgendaFormat, lang: Lang, session: string | null, semicolon: boolean) =>
    call<Exported | null>('export_agenda', { format, lang, session, semicolon }),
  liveStart: (session: string) => call<LiveView | null>('live_start', { session }),
  liveAct: (action: LiveAction) => call<LiveView | null>('live_act', { action }),
  liveView: () => call<LiveView | null>('live_view'),
  openStageWindow: () => call<void>('open_stage_window'),
  documentPreview: (options: DocOptions) => call<Preview>('document_preview', { options }),
  exportDocument: (options: DocOptions) => call<Written | null>('export_document', { options }),
  letterTemplates: () => call<Localized>('letter_templates'),
  saveLetterTemplates: (texts: Localized) => call<void>('save_letter_templates', { texts }),
  setLanguage: (lang: Lang) => call<void>('set_language', { lang }),
  forumSetup: () => call<ForumSetup>('forum_setup'),
  /** The forum's details and host delegation, as one undo step. */
  saveForum: (setup: ForumSetup) => call<void>('save_forum', { setup }),
  /** Checks, asks where to keep the file, creates and opens it; null: the user cancelled. */
  createForum: (setup: ForumSetup) => call<string | null>('create_forum', { setup }),
  timeZones: (on: string | null) => call<Zone[]>('time_zones', { on }),

  listGuests: (sort: GuestSort) => call<GuestList>('list_guests', { sort }),
  getGuest: (id: string) => call<GuestDetail>('get_guest', { id }),
  prefillName: (name: NameParts) => call<NameParts>('prefill_name', { name }),
  /** The guest, with a new organization or delegation and a status note: one undo step. */
  saveGuest: (guest: Guest, extras: SaveExtras | null = null) => call<Saved>('save_guest', { guest, extras }),
  deleteGuests: (ids: string[]) => call<number>('delete_guests', { ids }),
  setGuestStatus: (ids: string[], status: Status, note: string) =>
    call<number>('set_guest_status', { ids, status, note }),
  /** Merges `drop` into `keep`; the fields in `take` come from `drop`. One undo step. */
  mergeGuests: (keep: string, drop: string, take: GuestField[] = []) =>
    call<GuestListItem>('merge_guests', { keep, drop, take }),
  compareGuests: (a: string, b: string) => call<MergeView>('compare_guests', { a, b }),
  findDuplicates: () => call<DuplicateHint[]>('find_duplicates'),
  undo: () => call<UndoState>('undo'),
  redo: () => call<UndoState>('redo'),
  listOrganizations: () => call<Organization[]>('list_organizations'),
  listDelegations: () => call<Delegation[]>('list_delegations'),
  saveOrganization: (org: Organization) => call<string>('save_organization', { org }),
  saveDelegation: (delegation: Delegation) => call<string>('save_delegation', { delegation }),
  /** One place up (-1) or down (1) in protocol order, as one undo step. */
  moveDelegation: (id: string, by: -1 | 1) => call<void>('move_delegation', { id, by }),

  pickImportFile: () => call<string | null>('pick_import_file'),
  importPreview: (path: string, mapping: (ColumnMapping | null)[] | null) =>
    call<ImportPreview>('import_preview', { path, mapping }),
  importCommit: (path: string, mapping: (ColumnMapping | null)[] | null, decisions: RowDecision[]) =>
    call<ImportSummary>('import_commit', { path, mapping, decisions }),
  exportGuests: (options: ExportOptions) => call<Exported | null>('export_guests', { options }),

  listPlans: () => call<PlanSummary[]>('list_plans'),
  planView: (plan: string) => call<PlanView>('plan_view', { plan }),
  changePlan: (plan: string, change: PlanChange) => call<PlanView>('change_plan', { plan, change }),
  createPlan: (plan: NewPlan) => call<string>('create_plan', { plan }),
  listSessions: () => call<SessionChoice[]>('list_sessions'),
  exportSeating: (plan: string, format: 'xlsx' | 'csv', doorIndex: boolean) =>
    call<Exported | null>('export_seating', { plan, format, doorIndex }),
};

export type View = 'guests' | 'seating' | 'agenda' | 'live' | 'settings';
export const VIEWS: readonly View[] = ['guests', 'seating', 'agenda', 'live', 'settings'];

/** A passing message: a Fluent id and its arguments. */
export type Notice = { id: string; args: Record<string, string | number> };

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
  liveTick: (cb: (v: LiveView | null) => void): Promise<UnlistenFn> =>
    listen<LiveView | null>('live-tick', (e) => cb(e.payload)),
  newForum: (cb: () => void): Promise<UnlistenFn> => listen<null>('new-forum', () => cb()),
  edit: (cb: (command: 'undo' | 'redo') => void): Promise<UnlistenFn> =>
    listen<'undo' | 'redo'>('edit-command', (e) => cb(e.payload)),
};

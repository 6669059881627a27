// The UI's text: the same Fluent files the Rust side embeds (locales/<lang>/*.ftl).
import { FluentBundle, FluentResource, type FluentVariable } from '@fluent/bundle';
import type { Lang } from '../ipc/bindings/Lang';
import type { ErrorPayload } from '../ipc/bindings/ErrorPayload';
import type { Localized } from '../ipc/bindings/Localized';

export const LANGS: readonly Lang[] = ['zh-CN', 'ru', 'en'];

const files = import.meta.glob('../../../locales/*/*.ftl', {
  query: '?raw',
  import: 'default',
  eager: true,
}) as Record<string, string>;

function build(lang: Lang): FluentBundle {
  // Our languages are all left-to-right: no bidi isolation marks.
  const bundle = new FluentBundle(lang, { useIsolating: false });
  for (const [path, text] of Object.entries(files)) {
    if (path.includes(`/locales/${lang}/`)) {
      const errors = bundle.addResource(new FluentResource(text));
      for (const e of errors) console.error(`${path}: ${e}`);
    }
  }
  return bundle;
}

const bundles: Record<Lang, FluentBundle> = {
  'zh-CN': build('zh-CN'),
  ru: build('ru'),
  en: build('en'),
};

let current = $state<Lang>('en');

export const locale = {
  get lang(): Lang {
    return current;
  },
  set(lang: Lang) {
    current = lang;
    document.documentElement.lang = lang;
  },
};

export type Args = Record<string, FluentVariable>;

/** Message `id` in the current language (then English, then the id itself). */
export function t(id: string, args?: Args): string {
  for (const lang of [current, 'en'] as Lang[]) {
    const bundle = bundles[lang];
    const message = bundle.getMessage(id);
    if (message?.value) {
      return bundle.formatPattern(message.value, args, []);
    }
  }
  return id;
}

export function has(id: string): boolean {
  return bundles[current].hasMessage(id) || bundles.en.hasMessage(id);
}

/** The localized text of an error from Rust: the message `error-<code>`. */
export function errorText(e: ErrorPayload): string {
  const id = `error-${e.code}`;
  const args = { ...e.args };
  // A field named by Rust (`minutes`, `start` …) is shown by its label.
  if (typeof args.field === 'string' && has(`field-${args.field}`)) {
    args.field = t(`field-${args.field}`);
  }
  return has(id) ? t(id, args) : t('error-unknown', { detail: e.detail });
}

/** Message `id` in a given language (the stage screen speaks the speaker's). */
export function tIn(lang: Lang, id: string, args?: Args): string {
  for (const l of [lang, 'en'] as Lang[]) {
    const message = bundles[l].getMessage(id);
    if (message?.value) return bundles[l].formatPattern(message.value, args, []);
  }
  return id;
}

/** Names in a list as the language writes them: 张平文、陈林浩 in Chinese. */
export function joinList(items: readonly string[], lang: Lang = locale.lang): string {
  return items.join(lang === 'zh-CN' ? '、' : ', ');
}

/** A countdown as H:MM:SS or MM:SS, without sign. */
export function formatClock(seconds: number): string {
  const s = Math.abs(Math.trunc(seconds));
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const two = (n: number) => String(n).padStart(2, '0');
  return h > 0 ? `${h}:${two(m)}:${two(s % 60)}` : `${two(m)}:${two(s % 60)}`;
}

/** A time of day in the forum's zone, in the current language. */
export function formatTime(iso: string, timeZone: string): string {
  return new Intl.DateTimeFormat(current, { hour: '2-digit', minute: '2-digit', timeZone }).format(
    new Date(iso),
  );
}

export function formatNumber(n: number): string {
  return new Intl.NumberFormat(current).format(n);
}

/** A calendar date (YYYY-MM-DD) in the current language. */
export function formatDate(isoDate: string): string {
  const [y, m, d] = isoDate.split('-').map(Number);
  return new Intl.DateTimeFormat(current, { dateStyle: 'long', timeZone: 'UTC' }).format(
    new Date(Date.UTC(y, m - 1, d)),
  );
}

export function formatDateRange(from: string, to: string | null): string {
  if (!to || to === from) return formatDate(from);
  if (current === 'zh-CN') {
    // WebKitGTK's formatRange falls back to 2027/4/16 – 2027/4/17 in Chinese;
    // write it as Chinese documents do (the same rule as the Rust side).
    const [y1, m1, d1] = from.split('-').map(Number);
    const [y2, m2, d2] = to.split('-').map(Number);
    if (y1 === y2 && m1 === m2) return `${y1}年${m1}月${d1}日至${d2}日`;
    if (y1 === y2) return `${y1}年${m1}月${d1}日至${m2}月${d2}日`;
    return `${formatDate(from)}至${formatDate(to)}`;
  }
  const parse = (s: string) => {
    const [y, m, d] = s.split('-').map(Number);
    return new Date(Date.UTC(y, m - 1, d));
  };
  return new Intl.DateTimeFormat(current, { dateStyle: 'long', timeZone: 'UTC' }).formatRange(
    parse(from),
    parse(to),
  );
}

/** A three-language text in the current language, like `Localized::get` in Rust. */
export function pick(l: Localized): string {
  const own = { 'zh-CN': l.zh, ru: l.ru, en: l.en }[current];
  return [own, l.en, l.zh, l.ru].find((s) => s.trim() !== '') ?? '';
}

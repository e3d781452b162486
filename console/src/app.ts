// What every page gets: the API, the signed-in person, where to render, and a way to clean up when
// the route changes (charts, timers).
import type { Api, Me } from './api';
import type { ConsoleConfig } from './config';

export interface PageContext {
  api: Api;
  me: Me;
  config: ConsoleConfig;
  /** The page's container; already emptied. */
  root: HTMLElement;
  /** Runs when the user leaves the page. */
  onLeave(fn: () => void): void;
  /** False once the user has moved on (ignore late answers). */
  current(): boolean;
  /** A one-time message for the next page (e.g. "approved"). */
  flash(message: string): void;
  takeFlash(): string | undefined;
}

export type Page = (ctx: PageContext, params: string[]) => Promise<void> | void;

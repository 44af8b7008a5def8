'use client';

import { createContext, type ReactNode, useCallback, useContext, useMemo, useState } from 'react';
import type { ActionResult } from '@/lib/action-core';
import { usePathname } from '@/lib/i18n/navigation';
import { SuccessText } from './success-text';

/**
 * What an action did, said at the top of the page (the success style of FormMessage): for actions
 * whose row leaves the list (deleted, answered, hidden, restored …), so the message does not vanish
 * with the row. It stays until the user moves to another page; `path` names the page it belongs
 * to when the action moves the browser on (delete, then back to the list).
 */
type Notice = { text: string; path: string; serial: number };
type Announce = (text: string, path?: string) => void;

const NoticeContext = createContext<{ notice: Notice | null; announce: Announce }>({ notice: null, announce: () => {} });

export function ActionNoticeProvider({ children }: { children: ReactNode }) {
  const pathname = usePathname();
  const [notice, setNotice] = useState<Notice | null>(null);
  const announce = useCallback<Announce>((text, path) => setNotice((previous) => ({ text, path: path ?? pathname, serial: (previous?.serial ?? 0) + 1 })), [pathname]);
  // Another page: the notice was about the last one (adjusted while rendering, React's pattern
  // for state that follows a changed value).
  const [seenPathname, setSeenPathname] = useState(pathname);
  if (seenPathname !== pathname) {
    setSeenPathname(pathname);
    if (notice && notice.path !== pathname) setNotice(null);
  }
  const value = useMemo(() => ({ notice, announce }), [notice, announce]);
  return <NoticeContext.Provider value={value}>{children}</NoticeContext.Provider>;
}

/** The live region at the top of the page's content; always present so screen readers announce changes. */
export function ActionNoticeRegion() {
  const { notice } = useContext(NoticeContext);
  const pathname = usePathname();
  const shown = notice && notice.path === pathname ? notice : null;
  return (
    <div role="status" className={shown ? 'mb-4' : undefined} data-testid="action-notice">
      {shown && <SuccessText key={shown.serial}>{shown.text}</SuccessText>}
    </div>
  );
}

/** Says a text at the top of the page (for forms with their own action wrapper). */
export function useActionNotice(): Announce {
  return useContext(NoticeContext).announce;
}

/**
 * An action that, on success, says `done` at the top of the page (a text, or one built from the
 * action's data). Use it for actions whose form leaves the page with the row it acted on.
 */
export function useAnnouncedAction<T, P>(
  action: (previous: P, formData: FormData) => Promise<ActionResult<T>>,
  done: string | ((data: T, formData: FormData) => string) | undefined,
  path?: string,
) {
  const { announce } = useContext(NoticeContext);
  return useCallback(
    async (previous: P, formData: FormData) => {
      const result = await action(previous, formData);
      if (result.ok && done !== undefined) announce(typeof done === 'function' ? done(result.data, formData) : done, path);
      return result;
    },
    [action, announce, done, path],
  );
}

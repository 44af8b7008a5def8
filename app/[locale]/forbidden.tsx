import { StatusNotice } from '@/components/layout/status-notice';

/** 403 outside the app's layout: a page of its own. */
export default function Forbidden() {
  return (
    <main id="main">
      <StatusNotice kind="forbidden" />
    </main>
  );
}

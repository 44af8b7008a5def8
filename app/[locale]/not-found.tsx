import { StatusNotice } from '@/components/layout/status-notice';

/** 404 outside the app's layout (the public site): a page of its own. */
export default function NotFound() {
  return (
    <main id="main">
      <StatusNotice kind="not_found" />
    </main>
  );
}

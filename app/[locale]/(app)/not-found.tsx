import { StatusNotice } from '@/components/layout/status-notice';

/** 404 inside the app: the layout's header, navigation and footer stay around it. */
export default function AppNotFound() {
  return <StatusNotice kind="not_found" />;
}

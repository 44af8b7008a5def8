import { StatusNotice } from '@/components/layout/status-notice';

/** 403 inside the app: the layout's header, navigation and footer stay around it. */
export default function AppForbidden() {
  return <StatusNotice kind="forbidden" />;
}

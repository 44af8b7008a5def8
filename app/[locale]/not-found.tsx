import { StatusNotice } from '@/components/layout/status-notice';

export default function NotFound() {
  return <StatusNotice kind="not_found" />;
}

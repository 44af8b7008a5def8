import { StatusNotice } from '@/components/layout/status-notice';

export default function Forbidden() {
  return <StatusNotice kind="forbidden" />;
}

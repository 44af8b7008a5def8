import { clientMessagesLayout } from '@/components/layout/client-messages';

/** The client messages of this settings form (lib/i18n/client-messages.ts). */
export default clientMessagesLayout('settingsForms');

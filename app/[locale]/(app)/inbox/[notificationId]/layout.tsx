import { clientMessagesLayout } from '@/components/layout/client-messages';

/** Only the messages this area's client components need go to the browser (lib/i18n/client-messages.ts). */
export default clientMessagesLayout('inbox');

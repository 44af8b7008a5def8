import { clientMessagesLayout } from '@/components/layout/client-messages';

/** A person's page and the wizard: their forms' messages besides the People area's (lib/i18n/client-messages.ts). */
export default clientMessagesLayout('personForms');

import { clientMessagesLayout } from '@/components/layout/client-messages';

/** The area's texts for its lists (lib/i18n/client-messages.ts): the questions and contacts pages do with their answers' keys. */
export default clientMessagesLayout('adminFeedbackTexts');

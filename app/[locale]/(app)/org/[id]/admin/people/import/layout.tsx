import { clientMessagesLayout } from '@/components/layout/client-messages';

/** The import's client components need its namespaces; the rest of the area's pages do not get them (issue 13). */
export default clientMessagesLayout('peopleImport');

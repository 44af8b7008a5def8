import { command } from '@/lib/command';
import { deleteNotification, publishNotification } from './publish';
import { audienceStepSchema, contentStepSchema, notificationRefSchema, publishSchema } from './schemas';
import { saveDraftAudience, saveDraftContent } from './wizard-draft';

/**
 * The authority's writes, apart from Next: the 'use server' file wraps them, database tests run
 * them through runAction with the same schema and permission. Admins and editors of the
 * authority only (org.notifications.manage).
 */

export const saveContentCommand = command(contentStepSchema, 'org.notifications.manage', (db, input, { user }) =>
  saveDraftContent(db, { userId: user.id, orgId: input.orgId, draftId: input.draftId, content: { title: input.title, body: input.body, readBy: input.readBy } }),
);

export const saveAudienceCommand = command(audienceStepSchema, 'org.notifications.manage', (db, input, { user }) =>
  saveDraftAudience(db, { userId: user.id, orgId: input.orgId, draftId: input.draftId, audience: input.audience }),
);

export const publishCommand = command(publishSchema, 'org.notifications.manage', (db, input, { user }) =>
  publishNotification(db, { userId: user.id, orgId: input.orgId, draftId: input.draftId }),
);

export const deleteCommand = command(notificationRefSchema, 'org.notifications.manage', (db, input, { user }) =>
  deleteNotification(db, { userId: user.id, orgId: input.orgId, notificationId: input.notificationId }),
);

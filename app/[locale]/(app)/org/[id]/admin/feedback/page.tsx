import { redirect } from '@/lib/i18n/navigation';
import { type AdminPageParams, adminPageContext } from '@/lib/organizations/admin-page';

/** /admin/feedback opens its first section. */
export default async function FeedbackAdminHome({ params }: { params: AdminPageParams }) {
  const { org, locale } = await adminPageContext(params, 'feedback', 'org.feedback.manage');
  return redirect({ href: `/org/${org.id}/admin/feedback/questions`, locale });
}

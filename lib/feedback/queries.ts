import 'server-only';
import { getDb } from '@/db';
import { type ApplicationStatus, feedbackSettingsOf, listApplicationsForAdmin, listQuestionsForAdmin, listReceptionHours, type QuestionStatus, readFeedbackTab } from './read';

export function getFeedbackTab({ orgId }: { orgId: number }) {
  return readFeedbackTab(getDb(), orgId);
}

export function getFeedbackSettings({ orgId }: { orgId: number }) {
  return feedbackSettingsOf(getDb(), orgId);
}

export function getReceptionHours({ orgId }: { orgId: number }) {
  return listReceptionHours(getDb(), orgId);
}

export function getQuestionsForAdmin(args: { orgId: number; status: QuestionStatus; page: number }) {
  return listQuestionsForAdmin(getDb(), args);
}

export function getApplicationsForAdmin(args: { orgId: number; status: ApplicationStatus; page: number }) {
  return listApplicationsForAdmin(getDb(), args);
}

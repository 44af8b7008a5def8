'use server';

import 'server-only';
import { refresh } from 'next/cache';
import { getDb } from '@/db';
import { action } from '@/lib/action';
import { commandAction } from '@/lib/command-action';
import { kickMailSender } from '@/lib/mail/sender-loop';
import { addReceptionHour, answerQuestion, changeQuestionState, deleteReceptionHour, replyToApplication, resendApplicationMail, saveFeedbackContacts, saveReceptionRules, setApplicationStatus } from './admin';

/** Administration → Feedback (F-5). Everything the public tab shows expires its 'feedback' tag. */
export const saveFeedbackContactsAction = commandAction(saveFeedbackContacts, 'feedback');
export const saveReceptionRulesAction = commandAction(saveReceptionRules, 'feedback');
export const addReceptionHourAction = commandAction(addReceptionHour, 'feedback');
export const deleteReceptionHourAction = commandAction(deleteReceptionHour, 'feedback');
export const answerQuestionAction = commandAction(answerQuestion, 'feedback');
export const changeQuestionStateAction = commandAction(changeQuestionState, 'feedback');
// Applications are never public: nothing to expire.
export const setApplicationStatusAction = action(setApplicationStatus.schema, setApplicationStatus.permission, async (input, ctx) => {
  const result = await setApplicationStatus.run(getDb(), input, ctx);
  refresh();
  return result;
});

export const replyToApplicationAction = action(replyToApplication.schema, replyToApplication.permission, async (input, ctx) => {
  const result = await replyToApplication.run(getDb(), input, ctx);
  kickMailSender();
  refresh();
  return result;
});

export const resendApplicationMailAction = action(resendApplicationMail.schema, resendApplicationMail.permission, async (input, ctx) => {
  const result = await resendApplicationMail.run(getDb(), input, ctx);
  kickMailSender();
  refresh();
  return result;
});

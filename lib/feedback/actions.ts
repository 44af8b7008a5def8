'use server';

import { serverAction } from '@/lib/server-action';
import { addReceptionHour, answerQuestion, changeQuestionState, deleteReceptionHour, replyToApplication, resendApplicationMail, saveFeedbackContacts, saveReceptionRules, setApplicationStatus } from './admin';

/** Administration → Feedback (F-5). Everything the public tab shows expires its 'feedback' tag. */
export const saveFeedbackContactsAction = serverAction(saveFeedbackContacts);
export const saveReceptionRulesAction = serverAction(saveReceptionRules);
export const addReceptionHourAction = serverAction(addReceptionHour);
export const deleteReceptionHourAction = serverAction(deleteReceptionHour);
export const answerQuestionAction = serverAction(answerQuestion);
export const changeQuestionStateAction = serverAction(changeQuestionState);
export const setApplicationStatusAction = serverAction(setApplicationStatus);
export const replyToApplicationAction = serverAction(replyToApplication);
export const resendApplicationMailAction = serverAction(resendApplicationMail);

'use server';

import { getLocale } from 'next-intl/server';
import { delegatingTo } from '@/lib/action';
import { commandAction } from '@/lib/command-action';
import { redirect } from '@/lib/i18n/navigation';
import { newsCommands } from './news';
import { pageCommands } from './pages';
import { wallCommands } from './wall';

/** Page tab writes (F-2.1). Each checks session, permission and input, then expires the public site's pages. */
export const createNews = commandAction(newsCommands.create, 'news');
export const updateNews = commandAction(newsCommands.update, 'news');
export const deleteNews = commandAction(newsCommands.delete, 'news');

export const postToWall = commandAction(wallCommands.post, 'wall');
export const removeWallPost = commandAction(wallCommands.remove, 'wall');

export const createPage = commandAction(pageCommands.create, 'pages');
export const updatePage = commandAction(pageCommands.update, 'pages');
export const deletePage = commandAction(pageCommands.delete, 'pages');

/** Deleting a page from its own address: the address is gone, so the Page tab opens instead. */
export const deletePageAndReturn = delegatingTo(deletePage, async (previous: unknown, formData: FormData) => {
  const result = await deletePage(previous, formData);
  if (result.ok) redirect({ href: `/org/${Number(formData.get('orgId'))}`, locale: await getLocale() });
  return result;
});

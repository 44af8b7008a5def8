'use server';

import { serverAction } from '@/lib/server-action';
import { newsCommands } from './news';
import { pageCommands } from './pages';
import { wallCommands } from './wall';

/** Page tab writes (F-2.1). Each checks session, permission and input, then expires the public site's pages. */
export const createNews = serverAction(newsCommands.create);
export const updateNews = serverAction(newsCommands.update);
export const deleteNews = serverAction(newsCommands.delete);

export const postToWall = serverAction(wallCommands.post);
export const removeWallPost = serverAction(wallCommands.remove);

export const createPage = serverAction(pageCommands.create);
export const updatePage = serverAction(pageCommands.update);
export const deletePage = serverAction(pageCommands.delete);
export const deletePageAndReturn = serverAction(pageCommands.deleteAndReturn);

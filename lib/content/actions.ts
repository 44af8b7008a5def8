'use server';

import { commandAction } from '@/lib/command-action';
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

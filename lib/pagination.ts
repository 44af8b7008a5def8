import { single } from './search-params';

/** Server-side pagination: a page number from the URL, never below 1 nor past the last page. */
export const DEFAULT_PAGE_SIZE = 20;

export function parsePage(value: string | string[] | undefined): number {
  const page = Number.parseInt(single(value) ?? '1', 10);
  return Number.isFinite(page) && page >= 1 && page <= 100_000 ? page : 1;
}

export function pageWindow(page: number, pageSize = DEFAULT_PAGE_SIZE) {
  return { limit: pageSize, offset: (page - 1) * pageSize };
}

export function pageCount(total: number, pageSize = DEFAULT_PAGE_SIZE): number {
  return Math.max(1, Math.ceil(total / pageSize));
}

import { Page, PageRequest } from '../shared/list/paged-list';

/**
 * One page of a short list the server sends whole (cash desks, articles): searched by `text` and paged here, so
 * the page still looks and keeps its URL like every other list.
 */
export function clientPage<T>(items: readonly T[], request: PageRequest, text: (item: T) => string): Page<T> {
  const search = (request.filter ?? '').trim().toLocaleLowerCase();
  const found = search ? items.filter((item) => text(item).toLocaleLowerCase().includes(search)) : [...items];
  const skip = Number(request.skipCount);
  return { items: found.slice(skip, skip + Number(request.maxResultCount)), totalCount: found.length };
}

import { SearchGroupDto as SearchGroup, SearchHit } from '../api/models';
import { flatten, isSearchShortcut, searchKey } from './search-keys';

const hit = (id: string, kind = 'deal'): SearchHit => ({ kind, id, title: `Сделка ${id}`, subtitle: null, url: `/crm/deals/${id}` });
const groups: SearchGroup[] = [
  { kind: 'company', items: [hit('c1', 'company')] },
  { kind: 'deal', items: [hit('d1'), hit('d2')] },
];
const hits = flatten(groups);

describe('search keys', () => {
  it('walks the results group after group, in the order they are shown', () => {
    expect(hits.map((h) => h.id)).toEqual(['c1', 'd1', 'd2']);
  });

  it('moves down from nothing highlighted to the first result, then on, and wraps round to the first', () => {
    expect(searchKey('ArrowDown', -1, hits)).toEqual({ kind: 'move', index: 0 });
    expect(searchKey('ArrowDown', 0, hits)).toEqual({ kind: 'move', index: 1 });
    expect(searchKey('ArrowDown', 2, hits)).toEqual({ kind: 'move', index: 0 });
  });

  it('moves up to the last result from the first or from nothing highlighted', () => {
    expect(searchKey('ArrowUp', -1, hits)).toEqual({ kind: 'move', index: 2 });
    expect(searchKey('ArrowUp', 0, hits)).toEqual({ kind: 'move', index: 2 });
    expect(searchKey('ArrowUp', 2, hits)).toEqual({ kind: 'move', index: 1 });
  });

  it('opens the highlighted result on Enter, or the first when none is highlighted', () => {
    expect(searchKey('Enter', 1, hits)).toEqual({ kind: 'open', hit: hits[1] });
    expect(searchKey('Enter', -1, hits)).toEqual({ kind: 'open', hit: hits[0] });
    expect(searchKey('Enter', 7, hits)).toEqual({ kind: 'open', hit: hits[0] });
  });

  it('leaves every other key, and every key without results, to the text box', () => {
    expect(searchKey('a', 0, hits)).toEqual({ kind: 'none' });
    expect(searchKey('Home', 1, hits)).toEqual({ kind: 'none' });
    expect(searchKey('ArrowDown', -1, [])).toEqual({ kind: 'none' });
    expect(searchKey('Enter', -1, [])).toEqual({ kind: 'none' });
  });

  it('takes Ctrl+K and ⌘K for the search, on the Russian layout too, but not with Shift or Alt', () => {
    const key = (k: string, code: string, mods: Partial<KeyboardEvent> = {}) =>
      isSearchShortcut({ key: k, code, ctrlKey: false, metaKey: false, altKey: false, shiftKey: false, ...mods });

    expect(key('k', 'KeyK', { ctrlKey: true })).toBe(true);
    expect(key('k', 'KeyK', { metaKey: true })).toBe(true);
    expect(key('л', 'KeyK', { ctrlKey: true })).toBe(true);
    expect(key('k', 'KeyK')).toBe(false);
    expect(key('K', 'KeyK', { ctrlKey: true, shiftKey: true })).toBe(false);
    expect(key('k', 'KeyK', { ctrlKey: true, altKey: true })).toBe(false);
    expect(key('j', 'KeyJ', { ctrlKey: true })).toBe(false);
  });
});

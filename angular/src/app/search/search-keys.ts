import { SearchGroupDto as SearchGroup, SearchHit } from '../api/models';

/** What a key pressed in the search box does. */
export type SearchKeyAction =
  | { readonly kind: 'move'; readonly index: number }
  | { readonly kind: 'open'; readonly hit: SearchHit }
  | { readonly kind: 'none' };

/** The results in the order they are shown (group after group), which is the order the arrows walk. */
export function flatten(groups: readonly SearchGroup[]): SearchHit[] {
  return groups.flatMap((g) => g.items);
}

/**
 * The arrows move the highlight through all results, wrapping round at either end; Enter opens the highlighted result
 * (the first when none is). Anything else is typing (Home and End stay the text's). Escape is the dialog's own: it closes.
 */
export function searchKey(key: string, active: number, hits: readonly SearchHit[]): SearchKeyAction {
  const count = hits.length;
  if (count === 0) return { kind: 'none' };
  switch (key) {
    case 'ArrowDown':
      return { kind: 'move', index: active < 0 ? 0 : (active + 1) % count };
    case 'ArrowUp':
      return { kind: 'move', index: active <= 0 ? count - 1 : active - 1 };
    case 'Enter':
      return { kind: 'open', hit: hits[active >= 0 && active < count ? active : 0] };
    default:
      return { kind: 'none' };
  }
}

/** Ctrl+K (⌘K on a Mac) opens the search from anywhere, whatever the keyboard layout (on the Russian one the key is "л"). */
export function isSearchShortcut(event: Pick<KeyboardEvent, 'key' | 'code' | 'ctrlKey' | 'metaKey' | 'altKey' | 'shiftKey'>): boolean {
  return (event.ctrlKey || event.metaKey) && !event.altKey && !event.shiftKey && (event.code === 'KeyK' || event.key.toLowerCase() === 'k');
}

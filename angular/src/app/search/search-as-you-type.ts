import { catchError, debounceTime, distinctUntilChanged, map, Observable, of, startWith, switchMap } from 'rxjs';
import { SearchResultDto as SearchResult } from '../api/models';

/** What the dialog shows for the text typed so far. */
export interface SearchState {
  readonly term: string;
  readonly loading: boolean;
  readonly failed: boolean;
  readonly result: SearchResult;
}

export const SEARCH_TYPING_PAUSE_MS = 250;

/** The search term must have at least this many characters; the server answers nothing to shorter ones. */
export const SEARCH_MIN_LENGTH = 2;

const nothing: SearchResult = { groups: [], unavailable: [] };

/**
 * Results as the user types: asks after a pause in typing, never for fewer than two characters, and drops the answer
 * to an older text when a newer one is asked (switchMap unsubscribes, which cancels the HTTP request).
 */
export function searchAsYouType(
  texts: Observable<string>,
  find: (term: string) => Observable<SearchResult>,
  pauseMs = SEARCH_TYPING_PAUSE_MS,
): Observable<SearchState> {
  return texts.pipe(
    map((text) => text.trim()),
    debounceTime(pauseMs),
    distinctUntilChanged(),
    switchMap((term): Observable<SearchState> => {
      const asking: SearchState = { term, loading: true, failed: false, result: nothing };
      const failed: SearchState = { term, loading: false, failed: true, result: nothing };
      if (term.length < SEARCH_MIN_LENGTH) return of({ ...asking, loading: false });
      return find(term).pipe(
        map((result): SearchState => ({ term, loading: false, failed: false, result })),
        catchError(() => of(failed)),
        startWith(asking),
      );
    }),
  );
}

import { Observable } from 'rxjs';
import { TestScheduler } from 'rxjs/testing';
import { SearchResultDto as SearchResult } from '../api/models';
import { searchAsYouType, SearchState } from './search-as-you-type';

const found = (title: string): SearchResult => ({
  groups: [{ kind: 'deal', items: [{ kind: 'deal', id: title, title, subtitle: null, url: `/crm/deals/${title}` }] }],
  unavailable: [],
});
const nothing: SearchResult = { groups: [], unavailable: [] };

describe('searchAsYouType', () => {
  let scheduler: TestScheduler;

  beforeEach(() => (scheduler = new TestScheduler((actual, expected) => expect(actual).toEqual(expected))));

  it('asks once typing pauses, shows it is loading, then the answer', () => {
    scheduler.run(({ cold, hot, expectObservable }) => {
      const asked: string[] = [];
      const typed = hot('a 4ms b 4ms c', { a: 'о', b: 'ок', c: 'окн' });
      const find = (term: string): Observable<SearchResult> => {
        asked.push(term);
        return cold('3ms r|', { r: found(term) });
      };

      expectObservable(searchAsYouType(typed, find, 10)).toBe('20ms l 2ms r', {
        l: { term: 'окн', loading: true, failed: false, result: nothing } satisfies SearchState,
        r: { term: 'окн', loading: false, failed: false, result: found('окн') } satisfies SearchState,
      });
      scheduler.flush();
      expect(asked).toEqual(['окн']);
    });
  });

  it('never asks for fewer than two characters, and clears the results', () => {
    scheduler.run(({ hot, expectObservable }) => {
      const typed = hot('a', { a: ' я ' });
      const find = (): Observable<SearchResult> => {
        throw new Error('asked the server');
      };

      expectObservable(searchAsYouType(typed, find, 10)).toBe('10ms e', {
        e: { term: 'я', loading: false, failed: false, result: nothing } satisfies SearchState,
      });
    });
  });

  it('drops the answer to an older text when a newer one is asked, and cancels its request', () => {
    scheduler.run(({ cold, hot, expectObservable, expectSubscriptions }) => {
      const slow = cold('50ms r|', { r: found('окна') });
      const fast = cold('5ms r|', { r: found('окно') });
      const typed = hot('a 19ms b', { a: 'окна', b: 'окно' });

      const states = searchAsYouType(typed, (term) => (term === 'окна' ? slow : fast), 10);

      expectObservable(states).toBe('10ms a 19ms b 4ms c', {
        a: { term: 'окна', loading: true, failed: false, result: nothing },
        b: { term: 'окно', loading: true, failed: false, result: nothing },
        c: { term: 'окно', loading: false, failed: false, result: found('окно') },
      });
      expectSubscriptions(slow.subscriptions).toBe('10ms ^ 19ms !');
    });
  });

  it('says the search failed without ending: the next text is asked again', () => {
    scheduler.run(({ cold, hot, expectObservable }) => {
      const typed = hot('a 19ms b', { a: 'окна', b: 'двери' });
      const find = (term: string) => (term === 'окна' ? cold<SearchResult>('1ms #') : cold('1ms r|', { r: found(term) }));

      expectObservable(searchAsYouType(typed, find, 10)).toBe('10ms a b 18ms c d', {
        a: { term: 'окна', loading: true, failed: false, result: nothing },
        b: { term: 'окна', loading: false, failed: true, result: nothing },
        c: { term: 'двери', loading: true, failed: false, result: nothing },
        d: { term: 'двери', loading: false, failed: false, result: found('двери') },
      });
    });
  });
});

import { computed, DestroyRef, inject, signal, Signal } from '@angular/core';
import { takeUntilDestroyed, toObservable, toSignal } from '@angular/core/rxjs-interop';
import { FormControl } from '@angular/forms';
import { PageEvent } from '@angular/material/paginator';
import { Sort } from '@angular/material/sort';
import { ActivatedRoute, ParamMap, Params, Router } from '@angular/router';
import { catchError, debounceTime, filter, map, Observable, of, switchMap, tap } from 'rxjs';

/** What every Suite list endpoint takes: ABP-style paging, "field asc|desc" sorting and one text filter. */
export interface PageRequest {
  readonly skipCount: number;
  readonly maxResultCount: number;
  readonly sorting?: string;
  readonly filter?: string;
}

/** What every Suite list endpoint returns. The .NET document allows the count as a string; the server sends a number. */
export interface Page<T> {
  readonly items: T[];
  readonly totalCount: number | string;
}

/** A page's own filters as they sit in the URL: name → value, with '' meaning "any". */
export type ListFilters = Record<string, string>;

/**
 * A list as a saved view keeps it (GET /api/views): the page's filters by their names, the search text as `filter`
 * and the order as `sorting` ("amount desc"), the names the endpoints take; never the page.
 */
export type ViewQuery = Record<string, string>;

export interface PagedListOptions<T, F extends ListFilters> {
  /** Asks the server for one page; `filters` are the URL's values, the page maps them onto the endpoint's parameters. */
  readonly load: (request: PageRequest, filters: F) => Observable<Page<T>>;
  /** The page's filters and their "any" values; only these names are read from and written to the URL. */
  readonly filters?: F;
  readonly pageSize?: number;
  readonly pageSizes?: readonly number[];
  readonly debounceMs?: number;
}

export const PAGE_SIZES: readonly number[] = [10, 20, 50, 100];
export const SEARCH_DEBOUNCE_MS = 300;

/** The URL's names for the list's own state; a page's filters use any other name. */
const Q = { search: 'q', page: 'page', size: 'size', sort: 'sort' } as const;

/** The list's state as read from the URL. */
export interface ListState<F extends ListFilters> {
  readonly pageIndex: number;
  readonly pageSize: number;
  readonly sort: Sort;
  readonly search: string;
  readonly filters: F;
}

/** Reads the list's state from query parameters; anything missing or malformed is the default. */
export function readListState<F extends ListFilters>(
  params: ParamMap,
  defaults: F,
  pageSize: number,
  pageSizes: readonly number[],
): ListState<F> {
  const page = Number.parseInt(params.get(Q.page) ?? '', 10);
  const size = Number.parseInt(params.get(Q.size) ?? '', 10);
  const filters = { ...defaults } as Record<string, string>;
  for (const name of Object.keys(defaults)) {
    const value = params.get(name);
    if (value !== null) filters[name] = value;
  }
  return {
    pageIndex: Number.isFinite(page) && page > 1 ? page - 1 : 0,
    pageSize: pageSizes.includes(size) ? size : pageSize,
    sort: readSort(params.get(Q.sort)),
    search: params.get(Q.search) ?? '',
    filters: filters as F,
  };
}

/** `name` sorts ascending, `-name` descending: short enough to read in a shared link. */
function readSort(value: string | null): Sort {
  if (!value || value === '-') return { active: '', direction: '' };
  return value.startsWith('-') ? { active: value.slice(1), direction: 'desc' } : { active: value, direction: 'asc' };
}

function writeSort(sort: Sort): string | null {
  if (!sort.active || !sort.direction) return null;
  return (sort.direction === 'desc' ? '-' : '') + sort.active;
}

/** The server's "field asc|desc", or nothing for the server's default order. */
export function sortingOf(sort: Sort): string | undefined {
  return sort.active && sort.direction ? `${sort.active} ${sort.direction}` : undefined;
}

/** The list's state as a saved view keeps it: the filters that differ from the page's defaults, the search, the order. */
export function viewQueryOf<F extends ListFilters>(state: ListState<F>, defaults: F): ViewQuery {
  const query: Record<string, string> = {};
  for (const [name, value] of Object.entries(state.filters)) {
    if (value !== defaults[name]) query[name] = value;
  }
  if (state.search) query['filter'] = state.search;
  const sorting = sortingOf(state.sort);
  if (sorting) query['sorting'] = sorting;
  return query;
}

/**
 * The URL parameters that show the list as a view has it, from the first page: what the view does not name goes back
 * to the page's default (a view saved before a filter existed shows "any" for it); names the page does not have are
 * left out.
 */
export function paramsOfView<F extends ListFilters>(query: ViewQuery, defaults: F): Params {
  const [field, direction] = (query['sorting'] ?? '').trim().split(/\s+/);
  const params: Params = {
    [Q.search]: query['filter'] || null,
    [Q.sort]: field ? writeSort({ active: field, direction: direction?.toLowerCase() === 'desc' ? 'desc' : 'asc' }) : null,
    [Q.page]: null,
  };
  for (const name of Object.keys(defaults)) {
    const value = query[name];
    params[name] = value === undefined || value === defaults[name] ? null : value;
  }
  return params;
}

/**
 * One paged list: rows, total, loading and error as signals; search (debounced), sort, page and the page's own
 * filters kept in the URL, so back/forward and a shared link show the same list. The URL is the only state: every
 * change navigates, and the rows follow the URL. A change of search, filter or sort goes back to the first page.
 *
 * Create it in a field initializer of a routed page: `readonly list = pagedList({ load: ..., filters: { status: '' } })`.
 */
export class PagedList<T, F extends ListFilters> {
  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);
  private readonly defaults: F;
  private readonly defaultSize: number;
  private readonly reloads = signal(0);
  private readonly destroyRef = inject(DestroyRef);
  private readonly debounceMs: number;

  readonly pageSizes: readonly number[];
  readonly state: Signal<ListState<F>>;
  readonly pageIndex = computed(() => this.state().pageIndex);
  readonly pageSize = computed(() => this.state().pageSize);
  readonly sort = computed(() => this.state().sort, { equal: (a, b) => a.active === b.active && a.direction === b.direction });
  readonly search = computed(() => this.state().search);
  readonly filters = computed(() => this.state().filters, { equal: sameFilters });
  /** Paging, sorting and search as the endpoint takes them (exports use it without the paging). */
  readonly request = computed<PageRequest>(() => ({
    skipCount: this.pageIndex() * this.pageSize(),
    maxResultCount: this.pageSize(),
    sorting: sortingOf(this.sort()),
    filter: this.search() || undefined,
  }), { equal: (a, b) => JSON.stringify(a) === JSON.stringify(b) });

  readonly rows = signal<T[]>([]);
  readonly total = signal(0);
  readonly loading = signal(false);
  readonly error = signal<unknown>(null);
  readonly failed = computed(() => this.error() !== null);

  /** The search box: typing waits for a pause, then goes to the URL (replacing the entry: no history per word). */
  readonly searchControl: FormControl<string>;

  constructor(options: PagedListOptions<T, F>) {
    this.defaults = (options.filters ?? {}) as F;
    this.pageSizes = options.pageSizes ?? PAGE_SIZES;
    this.defaultSize = options.pageSize ?? 20;
    this.debounceMs = options.debounceMs ?? SEARCH_DEBOUNCE_MS;
    const params = toSignal(this.route.queryParamMap, { requireSync: true });
    this.state = computed(() => readListState(params(), this.defaults, this.defaultSize, this.pageSizes));

    this.searchControl = this.typedControl(this.search, (text) => this.navigate({ [Q.search]: text || null, [Q.page]: null }, true));

    const query = computed(() => ({ request: this.request(), filters: this.filters(), reload: this.reloads() }));
    toObservable(query)
      .pipe(
        tap(() => this.loading.set(true)),
        switchMap(({ request, filters }) =>
          options.load(request, filters).pipe(
            catchError((error: unknown) => {
              this.error.set(error ?? 'failed');
              return of(null);
            }),
          ),
        ),
        takeUntilDestroyed(this.destroyRef),
      )
      .subscribe((page) => {
        this.loading.set(false);
        if (page) {
          this.error.set(null);
          this.rows.set(page.items);
          this.total.set(Number(page.totalCount));
        }
      });
  }

  /** The paginator's event: another page or page size. */
  setPage(event: Pick<PageEvent, 'pageIndex' | 'pageSize'>): void {
    const sizeChanged = event.pageSize !== this.pageSize();
    this.navigate({
      [Q.page]: !sizeChanged && event.pageIndex > 0 ? String(event.pageIndex + 1) : null,
      [Q.size]: event.pageSize === this.defaultSize ? null : String(event.pageSize),
    });
  }

  /** A column header's sort; back to the first page. */
  sortBy(sort: Sort): void {
    this.navigate({ [Q.sort]: writeSort(sort), [Q.page]: null });
  }

  /**
   * One or more of the page's filters, and the search text when a filter bar of its own sets it (one navigation,
   * so one history entry); back to the first page.
   */
  setFilters(change: Partial<F>, search?: string): void {
    const params: Params = { [Q.page]: null };
    for (const [name, value] of Object.entries(change)) {
      if (!(name in this.defaults)) continue;
      params[name] = value === undefined || value === null || value === this.defaults[name] ? null : value;
    }
    if (search !== undefined) params[Q.search] = search.trim() || null;
    this.navigate(params);
  }

  /**
   * A filter typed rather than picked (a tag, say), bound like the search box: it waits for a pause in typing,
   * replaces the URL entry, and follows back/forward. Call it in a field initializer.
   */
  textFilter(name: keyof F & string): FormControl<string> {
    const value = computed(() => this.filters()[name] ?? '');
    return this.typedControl(value, (text) => this.navigate({ [name]: text || null, [Q.page]: null }, true));
  }

  private typedControl(value: Signal<string>, write: (text: string) => void): FormControl<string> {
    const control = new FormControl(value(), { nonNullable: true });
    control.valueChanges
      .pipe(
        map((text) => text.trim()),
        debounceTime(this.debounceMs),
        filter((text) => text !== value()),
        takeUntilDestroyed(this.destroyRef),
      )
      .subscribe(write);
    // Back/forward and links change the URL under the box: show what the list is filtered by.
    toObservable(value)
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe((text) => {
        if (text !== control.value.trim()) control.setValue(text, { emitEvent: false });
      });
    return control;
  }

  /** The list as a saved view keeps it. */
  viewQuery(): ViewQuery {
    return viewQueryOf(this.state(), this.defaults);
  }

  /** Shows the list as a saved view has it, from the first page (one history entry, so Back returns to the list before). */
  applyView(query: ViewQuery): void {
    this.navigate(paramsOfView(query, this.defaults));
  }

  /** Asks for the same page again (after an import, say). */
  reload(): void {
    this.reloads.update((n) => n + 1);
  }

  private navigate(queryParams: Params, replaceUrl = false): void {
    void this.router.navigate([], { relativeTo: this.route, queryParams, queryParamsHandling: 'merge', replaceUrl });
  }
}

function sameFilters(a: ListFilters, b: ListFilters): boolean {
  const keys = Object.keys(a);
  return keys.length === Object.keys(b).length && keys.every((k) => a[k] === b[k]);
}

/** A paged list whose state lives in the current route's URL; call it in a routed page's field initializer. */
export function pagedList<T, F extends ListFilters = Record<never, string>>(options: PagedListOptions<T, F>): PagedList<T, F> {
  return new PagedList<T, F>(options);
}

/** The filters that are set, for an endpoint's parameters: '' ("any") is left out. */
export function chosen<F extends ListFilters>(filters: F): Partial<F> {
  return Object.fromEntries(Object.entries(filters).filter(([, value]) => value !== '')) as Partial<F>;
}

/** A checkbox filter in the URL: 'true' when ticked, '' (left out) when not. */
export function flag(value: boolean): string {
  return value ? 'true' : '';
}

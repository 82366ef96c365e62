import { computed, DestroyRef, inject, Signal, signal } from '@angular/core';
import { takeUntilDestroyed, toObservable, toSignal } from '@angular/core/rxjs-interop';
import { ActivatedRoute, ParamMap, Params, Router } from '@angular/router';
import { catchError, distinctUntilChanged, filter, from, map, Observable, of, switchMap, tap } from 'rxjs';
import { CompanyDay } from '../../shared/company-day';

/**
 * A report's parameters live in the URL (`?from=…&to=…`, `?asOf=…`), like a list's filters (ADR 0016): back from a
 * drill-down, a reload or a link sent to a colleague shows the same figures. What the URL lacks is the default,
 * counted from the company's today, and is not written to the URL.
 */
export function reportQuery(): { params: Signal<ParamMap>; today: Signal<string | undefined>; set(change: Params): void } {
  const route = inject(ActivatedRoute);
  const router = inject(Router);
  const params = toSignal(route.queryParamMap, { initialValue: route.snapshot.queryParamMap });
  const today = toSignal(from(inject(CompanyDay).today()));
  return {
    params,
    today,
    set: (change) => void router.navigate([], { relativeTo: route, queryParams: change, queryParamsHandling: 'merge' }),
  };
}

/** A report's figures for the current parameters: asked again whenever they change (a newer answer wins), with progress and failure. */
export interface ReportData<T> {
  readonly value: Signal<T | null>;
  readonly loading: Signal<boolean>;
  readonly failed: Signal<boolean>;
}

/** Loads `load(params)` each time `params` gives a new value; `undefined` means "not ready yet" (no customer chosen). */
export function reportData<P, T>(params: () => P | undefined, load: (p: P) => Observable<T>): ReportData<T> {
  const value = signal<T | null>(null);
  const loading = signal(false);
  const failed = signal(false);
  toObservable(computed(params))
    .pipe(
      distinctUntilChanged((a, b) => JSON.stringify(a) === JSON.stringify(b)),
      tap((p) => {
        if (p === undefined) value.set(null);
      }),
      filter((p): p is P => p !== undefined),
      tap(() => {
        loading.set(true);
        failed.set(false);
      }),
      switchMap((p) =>
        load(p).pipe(
          map((v) => ({ ok: true as const, v })),
          catchError(() => of({ ok: false as const, v: null })),
        ),
      ),
      takeUntilDestroyed(inject(DestroyRef)),
    )
    .subscribe((r) => {
      loading.set(false);
      failed.set(!r.ok);
      value.set(r.v);
    });
  return { value, loading, failed };
}

import {
  AfterContentInit,
  ChangeDetectionStrategy,
  Component,
  ContentChildren,
  DestroyRef,
  effect,
  inject,
  input,
  output,
  QueryList,
  ViewChild,
} from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { MatPaginatorModule } from '@angular/material/paginator';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSort } from '@angular/material/sort';
import { MatColumnDef, MatTable, MatTableModule } from '@angular/material/table';
import { TranslocoPipe } from '@jsverse/transloco';
import { ListFilters, PagedList } from './paged-list';

/**
 * A list's table, progress bar, empty/failed row and paginator. The page gives only its columns as content
 * (`<ng-container matColumnDef>` with `mat-sort-header` where the server sorts); the rows open on click or Enter.
 * The sort directive sits on this element, so headers in the page's content find it, and it shows the URL's sort.
 */
@Component({
  selector: 'app-list-table',
  imports: [MatTableModule, MatPaginatorModule, MatProgressBarModule, TranslocoPipe],
  hostDirectives: [MatSort],
  templateUrl: './list-table.html',
  styleUrl: './list-table.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ListTable<T> implements AfterContentInit {
  readonly list = input.required<PagedList<T, ListFilters>>();
  readonly columns = input.required<readonly string[]>();
  /** The prefix of the test ids: `<testid>-table`, `-row`, `-empty`, `-paginator`. */
  readonly testid = input.required<string>();
  /** i18n keys of the row shown when nothing matches and when the server could not be asked. */
  readonly emptyText = input('list.empty');
  readonly failedText = input('list.loadFailed');
  /** Shows a footer row: every column then needs a `*matFooterCellDef`. */
  readonly footer = input(false);
  readonly open = output<T>();

  @ContentChildren(MatColumnDef) private readonly columnDefs!: QueryList<MatColumnDef>;
  @ViewChild(MatTable, { static: true }) private readonly table!: MatTable<T>;

  constructor() {
    const sort = inject(MatSort, { self: true });
    sort.sortChange.pipe(takeUntilDestroyed(inject(DestroyRef))).subscribe((change) => this.list().sortBy(change));
    effect(() => {
      const { active, direction } = this.list().sort();
      if (sort.active === active && sort.direction === direction) return;
      sort.active = active;
      sort.direction = direction;
      sort._stateChanges.next();
    });
  }

  ngAfterContentInit(): void {
    this.columnDefs.forEach((def) => this.table.addColumnDef(def));
  }
}

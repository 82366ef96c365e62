import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { ReactiveFormsModule } from '@angular/forms';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { TranslocoPipe } from '@jsverse/transloco';
import { ListViews } from './list-views';
import { ListFilters, PagedList } from './paged-list';

/**
 * A list page's head: its title, its saved views (when the page names its list in `views`), its actions (content marked
 * `listActions`), the search box bound to the list, then the page's own filters (the rest of the content).
 */
@Component({
  selector: 'app-list-toolbar',
  imports: [ReactiveFormsModule, MatFormFieldModule, MatInputModule, TranslocoPipe, ListViews],
  templateUrl: './list-toolbar.html',
  styleUrl: './list-toolbar.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ListToolbar {
  readonly list = input.required<PagedList<unknown, ListFilters>>();
  /** The i18n key of the page's title. */
  readonly heading = input.required<string>();
  /** The prefix of the test ids: `<testid>-search`. */
  readonly testid = input.required<string>();
  /** The i18n keys of the search box's label and hint; no label, no search box (a filter bar of its own does it). */
  readonly searchLabel = input<string>();
  readonly searchHint = input<string>();
  /** The list's name among saved views (crm.deals); with it the toolbar has a "Views" menu. */
  readonly views = input<string>();
}

import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatMenuModule } from '@angular/material/menu';
import { MatSnackBar } from '@angular/material/snack-bar';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import { firstValueFrom } from 'rxjs';
import { AuthService } from '../../core/auth/auth.service';
import { Permissions } from '../../core/auth/permissions';
import { confirm } from '../confirm-dialog';
import { ListFilters, PagedList } from './paged-list';
import { SaveViewDialog, SaveViewDialogData, SaveViewDialogResult } from './save-view-dialog';
import { SavedViewDto as SavedView } from '../../api/models';
import { ViewsService } from '../../api/services';

/**
 * A list's "Views" menu: the user's own saved views and the shared ones, each applied as a link to the list with its
 * filters would be; and saving the list's current filters, search and order under a name.
 */
@Component({
  selector: 'app-list-views',
  imports: [MatButtonModule, MatMenuModule, TranslocoPipe],
  template: `
    <button mat-stroked-button type="button" [matMenuTriggerFor]="menu" (menuOpened)="load()" data-testid="views-menu">
      {{ 'views.menu' | transloco }}
    </button>
    <mat-menu #menu="matMenu" xPosition="before">
      @if (mine().length > 0) {
        <div class="section">{{ 'views.mine' | transloco }}</div>
        @for (view of mine(); track view.id) {
          <div class="row">
            <button mat-menu-item type="button" (click)="apply(view)" data-testid="view-item">{{ view.name }}</button>
            <button type="button" class="remove" (click)="remove(view)" [attr.aria-label]="'views.delete' | transloco: { name: view.name }"
              data-testid="view-delete">×</button>
          </div>
        }
      }
      @if (shared().length > 0) {
        <div class="section">{{ 'views.shared' | transloco }}</div>
        @for (view of shared(); track view.id) {
          <div class="row">
            <button mat-menu-item type="button" (click)="apply(view)" data-testid="view-item">
              {{ view.name }}
              @if (view.ownerName) {
                <span class="owner">{{ 'views.owner' | transloco: { name: view.ownerName } }}</span>
              }
            </button>
            @if (view.canChange) {
              <button type="button" class="remove" (click)="remove(view)" [attr.aria-label]="'views.delete' | transloco: { name: view.name }"
                data-testid="view-delete">×</button>
            }
          </div>
        }
      }
      @if (loaded() && views().length === 0) {
        <p class="none">{{ 'views.none' | transloco }}</p>
      }
      <button mat-menu-item type="button" (click)="save()" data-testid="view-save">{{ 'views.save' | transloco }}</button>
    </mat-menu>
  `,
  styles: `
    .section { padding: 8px 16px 2px; font: var(--mat-sys-label-small); opacity: 0.7; text-transform: uppercase; }
    .row { display: flex; align-items: center; }
    .row [mat-menu-item] { flex: 1 1 auto; }
    .owner { margin-left: 8px; font: var(--mat-sys-body-small); opacity: 0.7; }
    .remove { border: none; background: transparent; color: inherit; cursor: pointer; padding: 0 12px; font-size: 18px; opacity: 0.6; }
    .remove:hover { opacity: 1; }
    .none { padding: 4px 16px; opacity: 0.7; }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ListViews {
  /** The list the views are of. */
  readonly list = input.required<PagedList<unknown, ListFilters>>();
  /** The list's name among saved views, by module and list: crm.deals. */
  readonly key = input.required<string>();

  private readonly client = inject(ViewsService);
  private readonly auth = inject(AuthService);
  private readonly dialog = inject(MatDialog);
  private readonly snackBar = inject(MatSnackBar);
  private readonly transloco = inject(TranslocoService);

  protected readonly views = signal<SavedView[]>([]);
  protected readonly loaded = signal(false);
  protected readonly mine = computed(() => this.views().filter((v) => v.ownerId === this.auth.me()?.id));
  protected readonly shared = computed(() => this.views().filter((v) => v.ownerId !== this.auth.me()?.id));

  /** Asked each time the menu opens: a colleague may have shared a view since. */
  protected async load(): Promise<void> {
    try {
      this.views.set((await firstValueFrom(this.client.getSavedViews({ list: this.key() }))).items);
    } catch {
      this.views.set([]); // the menu still offers to save the current view
    } finally {
      this.loaded.set(true);
    }
  }

  protected apply(view: SavedView): void {
    this.list().applyView(view.query);
  }

  protected async save(): Promise<void> {
    const ref = this.dialog.open<SaveViewDialog, SaveViewDialogData, SaveViewDialogResult>(SaveViewDialog, {
      data: { canShare: this.auth.hasPermission(Permissions.Settings.ShareViews) },
    });
    const answer = await firstValueFrom(ref.afterClosed());
    if (!answer) return;
    try {
      const saved = await firstValueFrom(this.client.createSavedView({ body: { list: this.key(), query: this.list().viewQuery(), ...answer } }));
      this.views.update((views) => [...views, saved]);
    } catch {
      this.snackBar.open(this.transloco.translate('views.failed'), undefined, { duration: 4000 });
    }
  }

  protected async remove(view: SavedView): Promise<void> {
    if (!(await confirm(this.dialog, this.transloco.translate('views.confirmDelete', { name: view.name })))) return;
    await firstValueFrom(this.client.deleteSavedView({ id: view.id }));
    this.views.update((views) => views.filter((v) => v.id !== view.id));
  }
}

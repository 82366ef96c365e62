import { ChangeDetectionStrategy, Component, inject, OnDestroy, OnInit, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatPaginatorModule, PageEvent } from '@angular/material/paginator';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import { MatTableModule } from '@angular/material/table';
import { Router, RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { firstValueFrom } from 'rxjs';
import { UserDto } from '../../api/models';
import { IdentityService } from '../../api/services';

/** The admin's list of users: search by name, user name, e-mail, phone or position; disabled and locked-out users stand out. */
@Component({
  selector: 'app-user-list-page',
  imports: [
    FormsModule,
    RouterLink,
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    MatPaginatorModule,
    MatProgressBarModule,
    MatSelectModule,
    MatTableModule,
    TranslocoPipe,
  ],
  template: `
    <header class="header">
      <h1 data-testid="page-title">{{ 'users.title' | transloco }}</h1>
      <a mat-flat-button routerLink="/admin/users/new" data-testid="users-new">{{ 'users.new' | transloco }}</a>
    </header>
    <div class="toolbar">
      <mat-form-field appearance="outline" subscriptSizing="dynamic" class="search">
        <mat-label>{{ 'users.search' | transloco }}</mat-label>
        <input matInput name="filter" [ngModel]="filter()" (ngModelChange)="search($event)" data-testid="users-search" />
      </mat-form-field>
      <mat-form-field appearance="outline" subscriptSizing="dynamic">
        <mat-label>{{ 'users.state' | transloco }}</mat-label>
        <mat-select name="active" [ngModel]="active()" (ngModelChange)="filterActive($event)" data-testid="users-state">
          <mat-option [value]="null">{{ 'users.stateAll' | transloco }}</mat-option>
          <mat-option [value]="true">{{ 'users.stateActive' | transloco }}</mat-option>
          <mat-option [value]="false">{{ 'users.stateDisabled' | transloco }}</mat-option>
        </mat-select>
      </mat-form-field>
    </div>
    @if (loading()) {
      <mat-progress-bar mode="indeterminate" />
    }
    <table mat-table [dataSource]="rows()" data-testid="users-table">
      <ng-container matColumnDef="fullName">
        <th mat-header-cell *matHeaderCellDef>{{ 'users.columns.fullName' | transloco }}</th>
        <td mat-cell *matCellDef="let u">{{ u.fullName }}</td>
      </ng-container>
      <ng-container matColumnDef="userName">
        <th mat-header-cell *matHeaderCellDef>{{ 'users.columns.userName' | transloco }}</th>
        <td mat-cell *matCellDef="let u">{{ u.userName }}</td>
      </ng-container>
      <ng-container matColumnDef="position">
        <th mat-header-cell *matHeaderCellDef>{{ 'users.columns.position' | transloco }}</th>
        <td mat-cell *matCellDef="let u">{{ u.position }}</td>
      </ng-container>
      <ng-container matColumnDef="email">
        <th mat-header-cell *matHeaderCellDef>{{ 'users.columns.email' | transloco }}</th>
        <td mat-cell *matCellDef="let u">{{ u.email }}</td>
      </ng-container>
      <ng-container matColumnDef="roles">
        <th mat-header-cell *matHeaderCellDef>{{ 'users.columns.roles' | transloco }}</th>
        <td mat-cell *matCellDef="let u">
          @for (role of u.roles; track role; let last = $last) {
            {{ 'users.roles.' + role | transloco }}{{ last ? '' : ', ' }}
          }
        </td>
      </ng-container>
      <ng-container matColumnDef="state">
        <th mat-header-cell *matHeaderCellDef>{{ 'users.columns.state' | transloco }}</th>
        <td mat-cell *matCellDef="let u" data-testid="users-state-cell">
          @if (!u.isActive) {
            <span class="badge off">{{ 'users.disabled' | transloco }}</span>
          }
          @if (u.isLockedOut) {
            <span class="badge locked">{{ 'users.lockedOut' | transloco }}</span>
          }
          @if (u.isActive && !u.isLockedOut) {
            {{ 'users.active' | transloco }}
          }
        </td>
      </ng-container>
      <tr mat-header-row *matHeaderRowDef="columns"></tr>
      <tr mat-row *matRowDef="let row; columns: columns" class="row" tabindex="0" data-testid="users-row"
          [class.inactive]="!row.isActive" (click)="open(row)" (keydown.enter)="open(row)"></tr>
      <tr class="mat-row" *matNoDataRow>
        <td class="mat-cell empty" [attr.colspan]="columns.length" data-testid="users-empty">
          @if (failed()) {
            {{ 'users.loadFailed' | transloco }}
          } @else if (!loading()) {
            {{ 'users.empty' | transloco }}
          }
        </td>
      </tr>
    </table>
    <mat-paginator [length]="total()" [pageIndex]="pageIndex()" [pageSize]="pageSize()" [pageSizeOptions]="[20, 50, 100]"
                   (page)="page($event)" />
  `,
  styles: `
    .header { display: flex; align-items: center; justify-content: space-between; gap: 16px; }
    .toolbar { display: flex; gap: 12px; margin-bottom: 8px; flex-wrap: wrap; }
    .search { min-width: 320px; }
    .row { cursor: pointer; }
    .inactive { opacity: 0.6; }
    .empty { padding: 16px; }
    .badge { border-radius: 4px; padding: 2px 6px; margin-right: 4px; font-size: 12px; }
    .off { background: #eee; color: #555; }
    .locked { background: #fdecea; color: #8a1c1c; }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class UserListPage implements OnInit, OnDestroy {
  private readonly identity = inject(IdentityService);
  private readonly router = inject(Router);
  private debounce?: ReturnType<typeof setTimeout>;

  protected readonly columns = ['fullName', 'userName', 'position', 'email', 'roles', 'state'];
  protected readonly rows = signal<UserDto[]>([]);
  protected readonly total = signal(0);
  protected readonly filter = signal('');
  protected readonly active = signal<boolean | null>(null);
  protected readonly pageIndex = signal(0);
  protected readonly pageSize = signal(20);
  protected readonly loading = signal(false);
  protected readonly failed = signal(false);

  ngOnInit(): void {
    void this.load();
  }

  ngOnDestroy(): void {
    clearTimeout(this.debounce);
  }

  protected search(value: string): void {
    this.filter.set(value);
    clearTimeout(this.debounce);
    this.debounce = setTimeout(() => {
      this.pageIndex.set(0);
      void this.load();
    }, 300);
  }

  protected filterActive(value: boolean | null): void {
    this.active.set(value);
    this.pageIndex.set(0);
    void this.load();
  }

  protected page(event: PageEvent): void {
    this.pageIndex.set(event.pageIndex);
    this.pageSize.set(event.pageSize);
    void this.load();
  }

  protected open(user: UserDto): void {
    void this.router.navigate(['/admin/users', user.id]);
  }

  private async load(): Promise<void> {
    this.loading.set(true);
    this.failed.set(false);
    try {
      const page = await firstValueFrom(
        this.identity.getUsers({
          filter: this.filter().trim() || undefined,
          isActive: this.active() ?? undefined,
          sorting: 'fullName',
          skipCount: this.pageIndex() * this.pageSize(),
          maxResultCount: this.pageSize(),
        }),
      );
      this.rows.set(page.items);
      this.total.set(Number(page.totalCount));
    } catch {
      this.failed.set(true);
    } finally {
      this.loading.set(false);
    }
  }
}

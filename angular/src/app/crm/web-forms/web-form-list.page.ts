import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, inject, OnInit, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatTableModule } from '@angular/material/table';
import { Router, RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { firstValueFrom } from 'rxjs';
import { WebFormDto } from '../../api/models';
import { CrmService } from '../../api/services';

@Component({
  selector: 'app-web-form-list-page',
  imports: [DatePipe, RouterLink, MatTableModule, MatButtonModule, MatProgressBarModule, TranslocoPipe],
  template: `
    <header class="header">
      <h1 data-testid="page-title">{{ 'webForms.title' | transloco }}</h1>
      <a mat-flat-button routerLink="/crm/web-forms/new" data-testid="web-forms-new">{{ 'webForms.new' | transloco }}</a>
    </header>
    @if (loading()) {
      <mat-progress-bar mode="indeterminate" />
    }
    <table mat-table [dataSource]="rows()" data-testid="web-forms-table">
      <ng-container matColumnDef="name">
        <th mat-header-cell *matHeaderCellDef>{{ 'webForms.columns.name' | transloco }}</th>
        <td mat-cell *matCellDef="let f">{{ f.name }}</td>
      </ng-container>
      <ng-container matColumnDef="assignment">
        <th mat-header-cell *matHeaderCellDef>{{ 'webForms.columns.assignment' | transloco }}</th>
        <td mat-cell *matCellDef="let f">{{ 'webForms.assignment.' + f.assignment | transloco }}</td>
      </ng-container>
      <ng-container matColumnDef="isActive">
        <th mat-header-cell *matHeaderCellDef>{{ 'webForms.columns.isActive' | transloco }}</th>
        <td mat-cell *matCellDef="let f">{{ (f.isActive ? 'webForms.yes' : 'webForms.no') | transloco }}</td>
      </ng-container>
      <ng-container matColumnDef="createdAt">
        <th mat-header-cell *matHeaderCellDef>{{ 'webForms.columns.createdAt' | transloco }}</th>
        <td mat-cell *matCellDef="let f">{{ f.createdAt | date: 'dd.MM.yyyy' }}</td>
      </ng-container>
      <tr mat-header-row *matHeaderRowDef="columns"></tr>
      <tr mat-row *matRowDef="let row; columns: columns" class="row" tabindex="0" data-testid="web-forms-row"
          (click)="open(row)" (keydown.enter)="open(row)"></tr>
      <tr class="mat-row" *matNoDataRow>
        <td class="mat-cell empty" [attr.colspan]="columns.length" data-testid="web-forms-empty">
          @if (failed()) {
            {{ 'webForms.loadFailed' | transloco }}
          } @else if (!loading()) {
            {{ 'webForms.empty' | transloco }}
          }
        </td>
      </tr>
    </table>
  `,
  styles: `
    .header { display: flex; align-items: center; justify-content: space-between; gap: 16px; }
    .row { cursor: pointer; }
    .empty { padding: 16px; }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class WebFormListPage implements OnInit {
  private readonly crm = inject(CrmService);
  private readonly router = inject(Router);

  protected readonly columns = ['name', 'assignment', 'isActive', 'createdAt'];
  protected readonly rows = signal<WebFormDto[]>([]);
  protected readonly loading = signal(false);
  protected readonly failed = signal(false);

  async ngOnInit(): Promise<void> {
    this.loading.set(true);
    try {
      const page = await firstValueFrom(this.crm.getWebForms({ maxResultCount: 1000 }));
      this.rows.set(page.items);
    } catch {
      this.failed.set(true);
    } finally {
      this.loading.set(false);
    }
  }

  protected open(form: WebFormDto): void {
    void this.router.navigate(['/crm/web-forms', form.id]);
  }
}

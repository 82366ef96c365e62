import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { DocumentDto } from '../../api/models';

/**
 * What stands above a document's form: the server's refusal (a post refused for want of stock names the product) and
 * the links between a posted document and the counter-document that cancelled it.
 */
@Component({
  selector: 'app-document-banners',
  imports: [RouterLink, TranslocoPipe],
  styleUrl: '../stock.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (error(); as message) {
      <div class="banner" role="alert" data-testid="document-error">{{ message }}</div>
    }
    @if (document(); as d) {
      @if (d.reversalOfId) {
        <p class="info">{{ 'stock.document.reversalOf' | transloco }}: <a [routerLink]="['/stock/documents', d.reversalOfId]">{{ d.reversalOfId }}</a></p>
      }
      @if (d.reversedById) {
        <p class="info">
          {{ 'stock.document.reversedBy' | transloco }}:
          <a [routerLink]="['/stock/documents', d.reversedById]" data-testid="document-reversed-by">{{ d.reversedById }}</a>
        </p>
      }
    }
  `,
})
export class DocumentBanners {
  readonly error = input<string | null>(null);
  readonly document = input<DocumentDto | null>(null);
}

import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { TranslocoPipe } from '@jsverse/transloco';
import { AuthService } from '../auth/auth.service';

/** Where a user lands whose permissions open no section yet. */
@Component({
  selector: 'app-home-page',
  imports: [TranslocoPipe],
  template: `
    <h1 data-testid="page-title">{{ 'home.welcome' | transloco: { name: userName() } }}</h1>
    <p>{{ 'home.nothing' | transloco }}</p>
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class HomePage {
  private readonly auth = inject(AuthService);
  protected readonly userName = computed(() => this.auth.me()?.userName ?? '');
}

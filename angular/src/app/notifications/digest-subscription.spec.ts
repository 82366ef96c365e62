import { TestBed } from '@angular/core/testing';
import { DigestSubscriptionDto } from '../api/models';
import { byTestId, configureTestBed, http, settle } from '../../testing/testing-providers';
import { DigestSubscription } from './digest-subscription';

const digest = (overrides: Partial<DigestSubscriptionDto> = {}): DigestSubscriptionDto => ({
  weekly: false,
  email: 'dina@okna-plus.ru',
  lastSentAt: null,
  canSubscribe: true,
  mailConfigured: true,
  ...overrides,
});

describe('DigestSubscription', () => {
  beforeEach(() => configureTestBed());
  afterEach(() => http().verify());

  async function render(state: DigestSubscriptionDto) {
    const fixture = TestBed.createComponent(DigestSubscription);
    await settle();
    http().expectOne('/api/notifications/digest').flush(state);
    await settle(fixture);
    return fixture;
  }

  it('should subscribe to the Monday digest with the toggle, showing where it goes', async () => {
    const fixture = await render(digest());
    expect(byTestId(fixture, 'digest-email')!.textContent).toContain('dina@okna-plus.ru');

    byTestId(fixture, 'digest-weekly')!.querySelector<HTMLElement>('button')!.click();
    await settle(fixture);
    const put = http().expectOne('/api/notifications/digest');
    expect(put.request.method).toBe('PUT');
    expect(put.request.body).toEqual({ weekly: true });
    put.flush(digest({ weekly: true }));
    await settle(fixture);

    const toggle = byTestId(fixture, 'digest-weekly')!.querySelector('button')!;
    expect(toggle.getAttribute('aria-checked')).toBe('true');
  });

  it('should send the digest now and say when it went', async () => {
    const fixture = await render(digest({ weekly: true }));

    byTestId(fixture, 'digest-send-now')!.click();
    await settle(fixture);
    http()
      .expectOne('/api/notifications/digest/send-now')
      .flush({ sentAt: '2026-12-07T05:00:00Z', from: '2026-11-30', to: '2026-12-06' });
    await settle(fixture);

    expect(byTestId(fixture, 'digest-last-sent')).not.toBeNull();
  });

  it('should show the server’s reason when sending is refused', async () => {
    const fixture = await render(digest());

    byTestId(fixture, 'digest-send-now')!.click();
    await settle(fixture);
    http()
      .expectOne('/api/notifications/digest/send-now')
      .flush(
        { status: 409, code: 'Notifications.Smtp.NotConfigured', detail: 'Отправка почты не настроена' },
        { status: 409, statusText: 'Conflict' },
      );
    await settle(fixture);
    http().expectOne('/api/notifications/digest').flush(digest());
    await settle(fixture);

    const error = byTestId(fixture, 'digest-error')!;
    expect(error.textContent).toContain('Отправка почты не настроена');
  });

  it('should offer nothing to a user who may see no figure of it', async () => {
    const fixture = await render(digest({ canSubscribe: false }));

    expect(byTestId(fixture, 'digest')).toBeNull();
  });
});

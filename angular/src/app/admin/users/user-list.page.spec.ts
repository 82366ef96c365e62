import { TestBed } from '@angular/core/testing';
import { UserDto } from '../../api/models';
import { allByTestId, byTestId, configureTestBed, http, settle } from '../../../testing/testing-providers';
import { UserListPage } from './user-list.page';

const user = (overrides: Partial<UserDto>): UserDto => ({
  id: crypto.randomUUID(),
  userName: 'olga',
  fullName: 'Ольга Петрова',
  email: null,
  phone: null,
  position: null,
  supervisorId: null,
  roles: ['sales'],
  language: 'ru',
  isActive: true,
  isLockedOut: false,
  lockoutEnd: null,
  concurrencyStamp: 'x',
  ...overrides,
});

describe('UserListPage', () => {
  beforeEach(() => configureTestBed([{ path: '**', children: [] }]));
  afterEach(() => http().verify());

  it('should list users by name and show who is disabled or locked out', async () => {
    const fixture = TestBed.createComponent(UserListPage);
    await fixture.whenStable();
    const req = http().expectOne((r) => r.url === '/api/identity/users');
    expect(req.request.params.get('sorting')).toBe('fullName');
    req.flush({
      totalCount: 3,
      items: [
        user({ fullName: 'Анна Смирнова' }),
        user({ fullName: 'Борис Кузнецов', isActive: false }),
        user({ fullName: 'Вера Locked', isLockedOut: true }),
      ],
    });
    await settle(fixture);

    expect(byTestId(fixture, 'page-title')?.textContent?.trim()).toBe('Пользователи');
    const states = allByTestId(fixture, 'users-state-cell').map((c) => c.textContent?.trim());
    expect(states).toEqual(['Активен', 'Отключён', 'Заблокирован после неудачных входов']);
  });
});

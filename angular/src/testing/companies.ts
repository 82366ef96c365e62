import { CompanyDto } from '../app/api/models';

export const company = (n: number, overrides: Partial<CompanyDto> = {}): CompanyDto => ({
  id: `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`,
  name: `Company ${n}`,
  taxId: '7707083893',
  kpp: '773601001',
  address: 'Moscow',
  phone: '+7 495 000-00-00',
  email: `c${n}@example.com`,
  website: null,
  ownerId: '00000000-0000-4000-8000-0000000000a1',
  sourceId: null,
  tags: [],
  customFields: {},
  createdAt: '2026-11-01T10:00:00+03:00',
  modifiedAt: null,
  concurrencyStamp: 'stamp',
  ...overrides,
});

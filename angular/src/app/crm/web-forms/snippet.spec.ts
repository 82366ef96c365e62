import { describe, expect, it } from 'vitest';
import { webFormSnippet } from './snippet';

const labels = { name: 'Имя <b>', phone: 'Телефон', email: 'E-mail', companyName: 'Компания', comment: 'Комментарий', send: 'Отправить' };

describe('webFormSnippet', () => {
  const html = webFormSnippet(
    {
      formKey: 'abc_DEF-123',
      submitUrl: '/api/crm/web-forms/abc_DEF-123/submit',
      fields: [
        { name: 'name', shown: true, required: true },
        { name: 'phone', shown: true, required: false },
        { name: 'email', shown: false, required: false },
        { name: 'companyName', shown: false, required: false },
        { name: 'comment', shown: true, required: false },
      ],
    },
    'https://crm.example.ru',
    labels,
  );

  it('shows only the shown fields and marks the required ones', () => {
    expect(html).toContain('<input name="name" type="text" maxlength="200" required>');
    expect(html).toContain('<input name="phone" type="tel" maxlength="200">');
    expect(html).toContain('<textarea name="comment"');
    expect(html).not.toContain('name="email"');
    expect(html).not.toContain('name="companyName"');
  });

  it('posts to the absolute submit URL and carries the hidden honeypot', () => {
    expect(html).toContain('fetch("https://crm.example.ru/api/crm/web-forms/abc_DEF-123/submit"');
    expect(html).toContain('<input name="website" tabindex="-1"');
  });

  it('escapes labels', () => {
    expect(html).toContain('Имя &#60;b&#62; *');
    expect(html).not.toContain('<b>');
  });
});

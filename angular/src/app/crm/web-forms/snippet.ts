import { WebFormDto } from '../../api/models';

/** The field labels of the snippet, already in the language the admin chose. */
export type SnippetLabels = Readonly<Record<'name' | 'phone' | 'email' | 'companyName' | 'comment' | 'send', string>>;

const INPUT_TYPES: Readonly<Record<string, string>> = { phone: 'tel', email: 'email' };

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/**
 * A self-contained HTML form for a client's website: the form's shown fields, a honeypot field people never
 * see (robots fill it in and their submission is dropped), and a script that posts JSON to the submit URL and
 * shows the server's thank-you or error text.
 */
export function webFormSnippet(form: Pick<WebFormDto, 'formKey' | 'submitUrl' | 'fields'>, origin: string, labels: SnippetLabels): string {
  const id = `suite-form-${form.formKey}`;
  const inputs = form.fields
    .filter((f) => f.shown)
    .map((f) => {
      const label = escapeHtml(labels[f.name as keyof SnippetLabels] ?? f.name);
      const required = f.required ? ' required' : '';
      const control =
        f.name === 'comment'
          ? `<textarea name="comment" maxlength="2000"${required}></textarea>`
          : `<input name="${f.name}" type="${INPUT_TYPES[f.name] ?? 'text'}" maxlength="${f.name === 'companyName' ? 300 : 200}"${required}>`;
      return `  <label>${label}${f.required ? ' *' : ''}<br>${control}</label><br>`;
    });
  return [
    `<form id="${id}">`,
    ...inputs,
    '  <input name="website" tabindex="-1" autocomplete="off" aria-hidden="true" style="position:absolute;left:-10000px">',
    `  <button type="submit">${escapeHtml(labels.send)}</button>`,
    '  <p data-role="message" hidden></p>',
    '</form>',
    '<script>',
    '(function () {',
    `  var form = document.getElementById(${JSON.stringify(id)});`,
    '  form.addEventListener("submit", function (event) {',
    '    event.preventDefault();',
    '    var data = {};',
    '    new FormData(form).forEach(function (value, key) { data[key] = value; });',
    `    fetch(${JSON.stringify(origin + form.submitUrl)}, {`,
    '      method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify(data)',
    '    }).then(function (response) {',
    '      return response.json().then(function (body) { return { ok: response.ok, body: body }; });',
    '    }).then(function (result) {',
    '      var message = form.querySelector("[data-role=message]");',
    '      message.hidden = false;',
    '      message.textContent = result.ok ? result.body.message : (result.body.title || "Error");',
    '      if (result.ok) form.reset();',
    '    });',
    '  });',
    '})();',
    '</script>',
  ].join('\n');
}

import { HttpClient, HttpParams } from '@angular/common/http';
import { firstValueFrom } from 'rxjs';

/**
 * Downloads a file the server writes (an export) through HttpClient, so the request carries the app's language
 * (the headers of the sheet follow the UI, not the browser), and saves it under the server's file name.
 */
export async function downloadFile(
  http: HttpClient,
  url: string,
  query: Record<string, string | boolean | number | undefined>,
): Promise<void> {
  let params = new HttpParams();
  for (const [key, value] of Object.entries(query)) {
    if (value !== undefined && value !== '') params = params.set(key, String(value));
  }
  const response = await firstValueFrom(http.get(url, { params, responseType: 'blob', observe: 'response' }));
  const link = document.createElement('a');
  link.href = URL.createObjectURL(response.body ?? new Blob());
  link.download = fileNameOf(response.headers.get('content-disposition')) ?? 'export';
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
}

/** The file name of a Content-Disposition header, preferring the UTF-8 form (filename*=UTF-8''…). */
export function fileNameOf(disposition: string | null): string | undefined {
  if (!disposition) return undefined;
  const utf8 = /filename\*=UTF-8''([^;]+)/i.exec(disposition);
  if (utf8) return decodeURIComponent(utf8[1]);
  return /filename="?([^";]+)"?/i.exec(disposition)?.[1];
}

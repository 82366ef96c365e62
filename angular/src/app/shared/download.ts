/**
 * Downloads a file the server writes (an export) by navigating a hidden link: the browser sends the session
 * cookie and saves the answer under the server's file name, however large it is.
 */
export function downloadUrl(path: string, query: Record<string, string | boolean | number | undefined>): void {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value !== undefined && value !== '') params.set(key, String(value));
  }
  const link = document.createElement('a');
  link.href = `${path}?${params}`;
  link.download = '';
  document.body.appendChild(link);
  link.click();
  link.remove();
}

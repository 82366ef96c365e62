/** The largest logo, signature or stamp the server takes: 400 KB of PNG or JPEG (as a data URL, about 550 000 characters). */
export const MAX_IMAGE_BYTES = 400 * 1024;

export const IMAGE_TYPES: readonly string[] = ['image/png', 'image/jpeg'];

/** Why a file cannot be the organisation's image, or null when it can. */
export function imageRefusal(file: Pick<File, 'type' | 'size'>): 'type' | 'size' | null {
  if (!IMAGE_TYPES.includes(file.type)) return 'type';
  if (file.size > MAX_IMAGE_BYTES) return 'size';
  return null;
}

/** The file as a `data:image/…;base64,` URL, which is how the organisation stores its images. */
export function readDataUrl(file: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error);
    reader.readAsDataURL(file);
  });
}

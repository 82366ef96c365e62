import { imageRefusal, MAX_IMAGE_BYTES, readDataUrl } from './images';

describe('organisation images', () => {
  it('takes PNG and JPEG up to 400 KB', () => {
    expect(imageRefusal({ type: 'image/png', size: MAX_IMAGE_BYTES })).toBeNull();
    expect(imageRefusal({ type: 'image/jpeg', size: 1 })).toBeNull();
  });

  it('refuses other types and larger files', () => {
    expect(imageRefusal({ type: 'image/gif', size: 10 })).toBe('type');
    expect(imageRefusal({ type: 'image/svg+xml', size: 10 })).toBe('type');
    expect(imageRefusal({ type: 'image/png', size: MAX_IMAGE_BYTES + 1 })).toBe('size');
  });

  it('reads a file as the data URL the server stores', async () => {
    const url = await readDataUrl(new Blob([new Uint8Array([137, 80, 78, 71])], { type: 'image/png' }));
    expect(url).toBe('data:image/png;base64,iVBORw==');
  });
});

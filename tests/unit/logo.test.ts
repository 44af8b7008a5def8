import { crc32 } from 'node:zlib';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { ActionError } from '@/lib/action-core';
import { LOGO_MAX_BYTES, prepareLogo } from '@/lib/organizations/settings/logo';

/** Real images made with sharp: a gradient-free solid picture of the given size and format. */
function image(width: number, height: number, format: 'png' | 'jpeg') {
  const picture = sharp({ create: { width, height, channels: 3, background: { r: 20, g: 110, b: 160 } } });
  return (format === 'png' ? picture.png() : picture.jpeg()).toBuffer();
}

async function refusal(bytes: Uint8Array): Promise<string> {
  try {
    await prepareLogo(bytes);
  } catch (error) {
    if (error instanceof ActionError) return error.messageKey;
    throw error;
  }
  return 'accepted';
}

/** A PNG whose header claims width × height (CRC fixed), with the pixels of a tiny one: a decompression bomb's shape. */
async function pngClaiming(width: number, height: number) {
  const png = Buffer.from(await image(1, 1, 'png'));
  // IHDR data starts at byte 16 (8 signature + 4 length + 4 type).
  png.writeUInt32BE(width, 16);
  png.writeUInt32BE(height, 20);
  png.writeUInt32BE(crc32(png.subarray(12, 29)) >>> 0, 29);
  return png;
}

describe('the organisation logo', () => {
  it('scales a large JPG down to fit 150×150, keeping its proportions, and stores PNG', async () => {
    const logo = await prepareLogo(await image(600, 300, 'jpeg'));
    expect([logo.width, logo.height]).toEqual([150, 75]);
    const stored = await sharp(logo.png).metadata();
    expect([stored.format, stored.width, stored.height]).toEqual(['png', 150, 75]);
  });

  it('scales a square PNG to exactly 150×150 and leaves a small one as it is', async () => {
    expect(await prepareLogo(await image(1000, 1000, 'png'))).toMatchObject({ width: 150, height: 150 });
    expect(await prepareLogo(await image(64, 48, 'png'))).toMatchObject({ width: 64, height: 48 });
  });

  it('goes by content: a PNG named .jpg is fine, a PDF named .png is refused', async () => {
    // The file name never reaches the check; only the bytes do.
    expect(await refusal(await image(200, 200, 'png'))).toBe('accepted');
    expect(await refusal(Buffer.from('%PDF-1.7\n1 0 obj\n<<>>\nendobj\n'))).toBe('Logo.wrong_format');
    expect(await refusal(await sharp({ create: { width: 20, height: 20, channels: 3, background: '#fff' } }).gif().toBuffer())).toBe('Logo.wrong_format');
    expect(await refusal(Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'))).toBe('Logo.wrong_format');
  });

  it('refuses a file of 4 MB + 1 byte and an empty one', async () => {
    const big = new Uint8Array(LOGO_MAX_BYTES + 1);
    big.set(await image(10, 10, 'png'));
    expect(await refusal(big)).toBe('Logo.too_large');
    expect(await refusal(new Uint8Array())).toBe('Logo.file_empty');
  });

  it('refuses a damaged image: right magic bytes, garbage after them', async () => {
    const jpeg = Buffer.from(await image(300, 300, 'jpeg'));
    expect(await refusal(jpeg.subarray(0, 200))).toBe('Logo.corrupt');
    const png = Buffer.from(await image(300, 300, 'png'));
    expect(await refusal(Buffer.concat([png.subarray(0, 40), Buffer.alloc(200, 7)]))).toBe('Logo.corrupt');
  });

  it('refuses a decompression bomb from its header, before decoding it', async () => {
    expect(await refusal(await pngClaiming(50_000, 50_000))).toBe('Logo.too_many_pixels');
    // The same trick within the limit is merely a damaged file.
    expect(await refusal(await pngClaiming(2_000, 2_000))).toBe('Logo.corrupt');
  });
});

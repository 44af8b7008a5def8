import { describe, expect, it } from 'vitest';
import { OCTET_STREAM, TEXT_PLAIN } from '@/lib/storage/detect-type';
import { downloadName } from '@/lib/storage/download-name';

describe('the name a download is saved under', () => {
  it('takes the extension of the detected type when the original one does not belong to it', () => {
    expect(downloadName('evil.html', TEXT_PLAIN)).toBe('evil.txt');
    expect(downloadName('invoice.pdf.svg', 'application/pdf')).toBe('invoice.pdf.pdf');
    expect(downloadName('photo.HTM', 'image/jpeg')).toBe('photo.jpg');
    expect(downloadName('Бұйрық', 'application/pdf')).toBe('Бұйрық.pdf');
    expect(downloadName('report.docx.exe', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document')).toBe('report.docx.docx');
  });

  it('keeps a name whose extension fits the type', () => {
    expect(downloadName('Бұйрық №12.PDF', 'application/pdf')).toBe('Бұйрық №12.PDF');
    expect(downloadName('list.csv', TEXT_PLAIN)).toBe('list.csv');
    expect(downloadName('photo.jpeg', 'image/jpeg')).toBe('photo.jpeg');
    expect(downloadName('plan.odt', 'application/zip')).toBe('plan.odt');
  });

  it('keeps an unknown binary’s own extension unless a browser renders it or the system runs it', () => {
    expect(downloadName('drawing.dwg', OCTET_STREAM)).toBe('drawing.dwg');
    expect(downloadName('archive.7z', OCTET_STREAM)).toBe('archive.7z');
    expect(downloadName('page.html', OCTET_STREAM)).toBe('page.bin');
    expect(downloadName('setup.exe', OCTET_STREAM)).toBe('setup.bin');
    expect(downloadName('image.svg', OCTET_STREAM)).toBe('image.bin');
  });
});

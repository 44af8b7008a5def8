import { describe, expect, it } from 'vitest';
import { detectContentType, OCTET_STREAM, TEXT_PLAIN } from '@/lib/storage/detect-type';
import { BodyTooLargeError } from '@/lib/http/body';
import { inspectUpload } from '@/lib/storage/inspect-upload';

const ascii = (text: string) => [...text].map((c) => c.charCodeAt(0));
const utf16 = (text: string) => [...text].flatMap((c) => [c.charCodeAt(0), 0]);
const file = (...parts: number[][]) => new Uint8Array(parts.flat());
const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const ZIP = [0x50, 0x4b, 0x03, 0x04];

async function inspect(data: Uint8Array, maxBytes = 1_000_000, chunk = 7) {
  const source = new ReadableStream<Uint8Array>({
    start(controller) {
      for (let i = 0; i < data.length; i += chunk) controller.enqueue(data.subarray(i, i + chunk));
      controller.close();
    },
  });
  const upload = inspectUpload(source, maxBytes);
  const passed = new Uint8Array(await new Response(upload.stream).arrayBuffer());
  return { passed, ...upload.result() };
}

describe('detectContentType', () => {
  const binary = { isUtf8Text: false };
  it.each([
    ['PDF', file(ascii('%PDF-1.7\n')), 'application/pdf'],
    ['PNG', file([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0]), 'image/png'],
    ['JPEG', file([0xff, 0xd8, 0xff, 0xe0, 0, 0x10]), 'image/jpeg'],
    ['GIF', file(ascii('GIF89a'), [1, 0]), 'image/gif'],
    ['DOCX', file(ZIP, [20, 0], ascii('[Content_Types].xml'), [0, 0], ZIP, ascii('word/document.xml')), 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'],
    ['XLSX', file(ZIP, ascii('[Content_Types].xml'), ZIP, ascii('xl/workbook.xml')), 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'],
    ['PPTX', file(ZIP, ascii('ppt/presentation.xml')), 'application/vnd.openxmlformats-officedocument.presentationml.presentation'],
    ['plain ZIP', file(ZIP, ascii('photos/one.jpg')), 'application/zip'],
    ['DOC', file(OLE, new Array(500).fill(0), utf16('Root Entry'), utf16('WordDocument')), 'application/msword'],
    ['XLS', file(OLE, new Array(500).fill(0), utf16('Workbook')), 'application/vnd.ms-excel'],
    ['unknown OLE', file(OLE, [0, 0, 0]), OCTET_STREAM],
  ])('recognises %s by its first bytes', (_, head, expected) => {
    expect(detectContentType(head, binary)).toBe(expected);
  });

  it('calls valid UTF-8 text plain text and anything else binary', () => {
    expect(detectContentType(new TextEncoder().encode('Аты,Тегі\nӘлия,Искандерова\n'), { isUtf8Text: true })).toBe(TEXT_PLAIN);
    expect(detectContentType(file([0x00, 0x01, 0x02, 0xfe]), binary)).toBe(OCTET_STREAM);
  });
});

describe('inspectUpload', () => {
  it('passes every byte through and detects the type from content, whatever the name says', async () => {
    const pdf = new Uint8Array([...ascii('%PDF-1.4\n'), ...new Array(100).fill(0x41)]);
    const result = await inspect(pdf);
    expect(result.passed).toEqual(pdf);
    expect(result).toMatchObject({ size: pdf.length, contentType: 'application/pdf' });
  });

  it('finds text split across chunks in the middle of a Cyrillic letter', async () => {
    const text = new TextEncoder().encode('Құжаттар тізімі\n'.repeat(20));
    expect((await inspect(text, 1_000_000, 3)).contentType).toBe(TEXT_PLAIN);
  });

  it('calls text with a NUL byte or broken UTF-8 binary', async () => {
    expect((await inspect(new Uint8Array([...ascii('abc'), 0, ...ascii('def')]))).contentType).toBe(OCTET_STREAM);
    expect((await inspect(new Uint8Array([...ascii('abc'), 0xd0]))).contentType).toBe(OCTET_STREAM);
  });

  it('fails the stream past the limit and reports an empty upload as size 0', async () => {
    await expect(inspect(new Uint8Array(101), 100)).rejects.toBeInstanceOf(BodyTooLargeError);
    expect((await inspect(new Uint8Array(100), 100)).size).toBe(100);
    expect((await inspect(new Uint8Array(0))).size).toBe(0);
  });
});

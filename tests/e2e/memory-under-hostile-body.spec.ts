import { expect, test } from './fixtures';
import { listeningPid, postChunked, rssOf } from './hostile-http';

/**
 * The server's memory while an attacker streams a body far past its limit. Resident memory is the
 * whole process's, so this runs in its own Playwright project after every other test: a page
 * rendered for another worker meanwhile grew it by 25 MB once and failed CI, not the body.
 */
const port = Number(process.env.E2E_PORT ?? 3100);
const MB = 1024 * 1024;

test('a 100 MB chunked body to the public questions form is refused with 413 after its limit; the server’s memory stays flat', async ({ baseURL }) => {
  const pid = listeningPid(port);
  const before = rssOf(pid);
  let peak = before;
  const answer = await postChunked(`${baseURL}/api/feedback/1/questions`, {
    headers: { 'content-type': 'multipart/form-data; boundary=hostile' },
    prefix: '--hostile\r\nContent-Disposition: form-data; name="body"\r\n\r\n',
    totalBytes: 100 * MB,
    onChunk: () => (peak = Math.max(peak, rssOf(pid))),
  });
  // A moment for whatever the server still does with the request.
  for (let i = 0; i < 10; i++) {
    await new Promise((r) => setTimeout(r, 100));
    peak = Math.max(peak, rssOf(pid));
  }
  expect(answer.status).toBe(413);
  expect(JSON.parse(answer.body)).toMatchObject({ ok: false, messageKey: 'too_long' });
  expect(peak - before, `server memory grew by ${((peak - before) / MB).toFixed(1)} MB`).toBeLessThan(20 * MB);
  expect(answer.sentBytes, 'the answer came before the client had sent it all').toBeLessThan(100 * MB);
});

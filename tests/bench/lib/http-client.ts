/**
 * A small HTTP client for the HTTP-level benchmarks: keep-alive sockets (as a browser keeps
 * them), raw bytes counted as they come over the wire (compressed when asked for), and the
 * cookies of a signed-in session. fetch is not used: it decompresses and hides the transfer size.
 */
import http from 'node:http';
import { performance } from 'node:perf_hooks';
import { DEMO_PASSWORD } from '../../../db/seed/demo-logins';

export type Answer = { status: number; ms: number; bytes: number; body: string; headers: http.IncomingHttpHeaders };

export function keepAliveAgent(maxSockets: number): http.Agent {
  return new http.Agent({ keepAlive: true, maxSockets });
}

/** One request; `gzip` asks for a compressed answer, whose size is then the transfer size. */
export function request(
  agent: http.Agent,
  url: string,
  options: { cookie?: string; gzip?: boolean; method?: string; body?: string; contentType?: string; keepBody?: boolean; timeoutMs?: number; headers?: Record<string, string> } = {},
): Promise<Answer> {
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const headers: Record<string, string> = { accept: 'text/html,*/*', ...options.headers };
    if (options.cookie) headers.cookie = options.cookie;
    if (options.gzip) headers['accept-encoding'] = 'gzip, deflate, br';
    if (options.body !== undefined) {
      headers['content-type'] = options.contentType ?? 'application/x-www-form-urlencoded';
      headers['content-length'] = String(Buffer.byteLength(options.body));
    }
    const req = http.request(url, { agent, method: options.method ?? 'GET', headers }, (res) => {
      const chunks: Buffer[] = [];
      let bytes = 0;
      res.on('data', (chunk: Buffer) => {
        bytes += chunk.length;
        if (options.keepBody !== false) chunks.push(chunk);
      });
      res.on('end', () =>
        resolve({ status: res.statusCode ?? 0, ms: performance.now() - started, bytes, body: Buffer.concat(chunks).toString('utf8'), headers: res.headers }),
      );
      res.on('error', reject);
    });
    req.setTimeout(options.timeoutMs ?? 30_000, () => req.destroy(new Error(`timeout: ${url}`)));
    req.on('error', reject);
    if (options.body !== undefined) req.write(options.body);
    req.end();
  });
}

/** `name=value` pairs of the Set-Cookie headers of an answer. */
export function cookiesOf(answer: Answer): Record<string, string> {
  const out: Record<string, string> = {};
  for (const line of answer.headers['set-cookie'] ?? []) {
    const [pair] = line.split(';');
    const at = pair!.indexOf('=');
    out[pair!.slice(0, at).trim()] = pair!.slice(at + 1).trim();
  }
  return out;
}

/** Signs a demo user in through the app (next-auth's credentials form) and returns the session cookie, `name=value`. */
export async function signIn(origin: string, login: string, password = DEMO_PASSWORD): Promise<string> {
  const agent = keepAliveAgent(1);
  const csrf = await request(agent, `${origin}/api/auth/csrf`);
  const csrfCookies = cookiesOf(csrf);
  const { csrfToken } = JSON.parse(csrf.body) as { csrfToken: string };
  const body = new URLSearchParams({ csrfToken, login, password, callbackUrl: `${origin}/kk`, json: 'true' }).toString();
  const cookie = Object.entries(csrfCookies)
    .map(([k, v]) => `${k}=${v}`)
    .join('; ');
  const answer = await request(agent, `${origin}/api/auth/callback/credentials`, { method: 'POST', body, cookie });
  agent.destroy();
  const session = Object.entries(cookiesOf(answer)).find(([name]) => name.endsWith('next-auth.session-token'));
  if (!session) throw new Error(`${login} could not sign in (${answer.status}): ${answer.body.slice(0, 200)}`);
  return `${session[0]}=${session[1]}`;
}

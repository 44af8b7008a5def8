import { readdirSync, readFileSync, readlinkSync } from 'node:fs';
import http from 'node:http';
import path from 'node:path';

/** Helpers of hostile-input.spec.ts: raw HTTP the browser would never send, and the server's memory. */

/** The process listening on `port` on this machine (the app server that start-app.ts spawned). */
export function listeningPid(port: number): number {
  const hexPort = port.toString(16).toUpperCase().padStart(4, '0');
  const inodes = new Set<string>();
  for (const table of ['/proc/net/tcp', '/proc/net/tcp6']) {
    for (const line of readFileSync(table, 'utf8').split('\n').slice(1)) {
      const cols = line.trim().split(/\s+/);
      if (cols[1]?.endsWith(`:${hexPort}`) && cols[3] === '0A') inodes.add(cols[9]!);
    }
  }
  for (const pid of readdirSync('/proc').filter((p) => /^\d+$/.test(p))) {
    let fds: string[];
    try {
      fds = readdirSync(`/proc/${pid}/fd`);
    } catch {
      continue;
    }
    for (const fd of fds) {
      try {
        const match = /^socket:\[(\d+)\]$/.exec(readlinkSync(path.join(`/proc/${pid}/fd`, fd)));
        if (match && inodes.has(match[1]!)) return Number(pid);
      } catch {
        // the descriptor closed meanwhile
      }
    }
  }
  throw new Error(`nothing listens on port ${port}`);
}

/** Resident memory of a process, in bytes. */
export function rssOf(pid: number): number {
  const kb = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
  return Number(kb) * 1024;
}

export type RawAnswer = { status: number; body: string; sentBytes: number };

/**
 * POSTs `totalBytes` in 1 MiB chunks without a Content-Length (Transfer-Encoding: chunked),
 * stopping as soon as the server answers; `onChunk` runs after every chunk (to sample memory).
 */
export function postChunked(url: string, args: { headers?: Record<string, string>; totalBytes: number; prefix?: string; onChunk?: () => void }): Promise<RawAnswer> {
  const chunk = Buffer.alloc(1024 * 1024, 'a');
  return new Promise((resolve, reject) => {
    let answered = false;
    let sentBytes = 0;
    const request = http.request(url, { method: 'POST', headers: { ...args.headers, 'transfer-encoding': 'chunked' } });
    request.on('response', (response) => {
      answered = true;
      let body = '';
      response.setEncoding('utf8');
      response.on('data', (part: string) => (body += part));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, body, sentBytes }));
      response.on('error', () => resolve({ status: response.statusCode ?? 0, body, sentBytes }));
    });
    // Once the answer is in, the server closing the connection under our feet is expected.
    request.on('error', (error) => {
      if (!answered) reject(error);
    });
    if (args.prefix) {
      request.write(args.prefix);
      sentBytes += Buffer.byteLength(args.prefix);
    }
    const pump = () => {
      while (!answered && sentBytes < args.totalBytes) {
        sentBytes += chunk.byteLength;
        args.onChunk?.();
        if (!request.write(chunk)) return void request.once('drain', pump);
      }
      if (!answered) request.end();
    };
    pump();
  });
}

/** A raw request with exactly the given path (no normalisation of its percent-encoding). */
export function rawGet(baseURL: string, rawPath: string, headers: Record<string, string> = {}): Promise<number> {
  const { hostname, port } = new URL(baseURL);
  return new Promise((resolve, reject) => {
    const request = http.request({ hostname, port, path: rawPath, method: 'GET', headers }, (response) => {
      response.resume();
      response.on('end', () => resolve(response.statusCode ?? 0));
    });
    request.on('error', reject);
    request.end();
  });
}

/**
 * Every page and route handler under app/ as an address template, e.g.
 * `/[locale]/org/[id]/forum/[forumId]` (route groups left out), with its dynamic segments.
 */
export function routeTemplates(appDir = path.resolve('app')): string[] {
  const found: string[] = [];
  const walk = (dir: string, segments: string[]) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (entry.isDirectory()) {
        walk(path.join(dir, entry.name), /^\(.*\)$/.test(entry.name) ? segments : [...segments, entry.name]);
      } else if (/^(page\.tsx|route\.ts)$/.test(entry.name)) {
        found.push(`/${segments.join('/')}`);
      }
    }
  };
  walk(appDir, []);
  return [...new Set(found)].sort();
}

/** A sample value for each dynamic segment, so the other segments of an address are plausible. */
export function sampleFor(segment: string): string {
  if (segment === '[locale]') return 'kk';
  if (segment === '[...nextauth]') return 'session';
  return '1';
}

export const isDynamic = (segment: string) => segment.startsWith('[');

/** The template as an address, with `replace` put in place of the dynamic segment at `index`. */
export function addressOf(template: string, index: number, replace: string): string {
  return template
    .split('/')
    .map((segment, i) => (i === index ? replace : isDynamic(segment) ? sampleFor(segment) : segment))
    .join('/');
}

import { after } from 'next/server';
import { getDb } from '@/db';
import { getEnv } from '@/lib/env';
import { mailTransportFor } from './config';
import { deliverDueMail } from './sender';
import type { MailTransport } from './transport';

/**
 * The outbox sender inside each app server: a pass every INTERVAL_MS, and one right after an
 * action that queued a mail. Several servers may run it at once: claiming is safe (see sender.ts).
 */
const INTERVAL_MS = 15_000;

const state = globalThis as unknown as { kundelikMailSender?: { timer: NodeJS.Timeout | null; running: boolean; transport?: MailTransport } };

function sender() {
  state.kundelikMailSender ??= { timer: null, running: false };
  return state.kundelikMailSender;
}

export async function runMailSenderOnce(): Promise<void> {
  const s = sender();
  if (s.running) return;
  s.running = true;
  try {
    s.transport ??= mailTransportFor(getEnv());
    const report = await deliverDueMail(getDb(), s.transport);
    if (report.retried + report.failed > 0) console.warn('[mail] delivery problems', report);
  } catch (error) {
    console.error('[mail] sender pass failed', error);
  } finally {
    s.running = false;
  }
}

export function startMailSender(): void {
  const s = sender();
  if (s.timer) return;
  s.timer = setInterval(() => void runMailSenderOnce(), INTERVAL_MS);
  s.timer.unref();
  void runMailSenderOnce();
}

/** From a server action or route handler that queued mail: deliver after the response is sent. */
export function kickMailSender(): void {
  after(() => runMailSenderOnce());
}

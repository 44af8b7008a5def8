/**
 * Runs once when an app server starts: starts the outbox sender (lib/mail), which delivers
 * queued mail and retries failures. Not during `next build`, and not on the edge runtime.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  if (process.env.NEXT_PHASE === 'phase-production-build') return;
  const { startMailSender } = await import('./lib/mail/sender-loop');
  startMailSender();
}

/**
 * Runs once when an app server starts: starts the outbox sender (lib/mail), which delivers
 * queued mail and retries failures, and removes the temporary files of uploads a killed server
 * left (lib/storage). Not during `next build`, and not on the edge runtime.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  if (process.env.NEXT_PHASE === 'phase-production-build') return;
  const { startMailSender } = await import('./lib/mail/sender-loop');
  startMailSender();
  const { sweepInterruptedUploads } = await import('./lib/storage');
  await sweepInterruptedUploads();
}

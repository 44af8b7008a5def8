import type { ActionResult } from '@/lib/action-core';

/**
 * Sends one file as the raw body of a POST to an upload route handler (documents, logo), which
 * answers like a server action. A network failure or a non-JSON answer becomes 'server_error'.
 */
export async function postFile<T>(url: string, file: File, headers: Record<string, string> = {}): Promise<ActionResult<T>> {
  try {
    const response = await fetch(url, { method: 'POST', body: file, headers: { 'Content-Type': 'application/octet-stream', ...headers } });
    return (await response.json().catch(() => ({ ok: false, messageKey: 'server_error' }))) as ActionResult<T>;
  } catch {
    return { ok: false, messageKey: 'server_error' };
  }
}

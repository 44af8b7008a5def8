import { notFound } from 'next/navigation';

/**
 * Any path of a locale that no page answers (`/kk/nonexistent`): the signed-in app's 404, with its
 * header and navigation, in the page's language — not Next's bare root "404".
 */
export default function UnknownPath() {
  notFound();
}

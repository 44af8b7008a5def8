import type { ComponentProps } from 'react';
import { Link } from '@/lib/i18n/navigation';
import { buttonClass, type ButtonStyle } from './button';

/**
 * A link to a page of the app that looks like a button (Add …, Back, page links). Apart from
 * Button so that a client form importing Button does not bring the router's Link into its chunk.
 */
export function ButtonLink({ variant, size, className, ...props }: ComponentProps<typeof Link> & ButtonStyle) {
  return <Link className={buttonClass({ variant, size, className })} {...props} />;
}

import type { ComponentProps } from 'react';
import { NavLink } from '@/components/ui/nav-link';
import { buttonClass, type ButtonStyle } from './button';

/**
 * A link to a page of the app that looks like a button (Add …, Back, page links): a NavLink, so
 * no client component per link. Apart from Button, which client forms import.
 */
export function ButtonLink({ variant, size, className, ...props }: ComponentProps<typeof NavLink> & ButtonStyle) {
  return <NavLink className={buttonClass({ variant, size, className })} {...props} />;
}

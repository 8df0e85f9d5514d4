import type Link from 'next/link';
import type { ComponentPropsWithoutRef } from 'react';
import { cn } from '@/lib/cn';

const LOOKS = {
  /** In a sentence or a list. */
  inline: 'underline-offset-2',
  /** Stands out a little, in a report or a row of links. */
  strong: 'underline-offset-4',
  /** A way on of its own, as tall as a tap target. */
  action: 'inline-flex min-h-11 items-center underline-offset-4',
} as const;

const WEIGHTS = { normal: '', medium: 'font-medium', semibold: 'font-semibold' } as const;
const DEFAULT_WEIGHT = { inline: 'normal', strong: 'medium', action: 'medium' } as const;

type Props = Omit<ComponentPropsWithoutRef<'a'>, 'href'> & {
  href: string;
  look?: keyof typeof LOOKS;
  weight?: keyof typeof WEIGHTS;
  /**
   * `Link` from next/link for a page of the site the router should open; a plain `<a>`
   * otherwise (outside links, anchors on the page, and the wizard, whose bundle does without
   * next/link). Passed in rather than imported, so a plain link costs no JavaScript.
   */
  as?: typeof Link;
  /** Only with `as={Link}`. */
  prefetch?: boolean;
};

/** The site's one text link: accent colour, underlined, in one of three looks. */
export function TextLink({ look = 'inline', weight, className, as, prefetch, ...rest }: Props) {
  const classes = cn(
    'text-accent-strong underline dark:text-accent',
    LOOKS[look],
    WEIGHTS[weight ?? DEFAULT_WEIGHT[look]],
    className,
  );
  if (as) {
    const Router = as;
    return <Router {...rest} prefetch={prefetch} className={classes} />;
  }
  return <a {...rest} className={classes} />;
}

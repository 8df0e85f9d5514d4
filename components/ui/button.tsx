import type Link from 'next/link';
import type { ComponentPropsWithoutRef } from 'react';
import { cn } from '@/lib/cn';

const VARIANTS = {
  /** The one way on: filled with the accent colour. */
  primary: 'bg-accent font-semibold text-[var(--accent-contrast)] hover:bg-accent-strong',
  /** Beside a primary, or a tool (copy, print, zoom): outlined in grey. */
  secondary:
    'border-2 border-slate-300 hover:bg-slate-100 dark:border-slate-600 dark:hover:bg-slate-800',
  /** One of a few equal answers: outlined in the accent colour. */
  choice:
    'border-2 border-accent font-semibold text-accent-strong hover:bg-slate-100 dark:text-accent dark:hover:bg-slate-800',
  /** Cannot be undone. */
  danger: 'bg-red-700 font-semibold text-white hover:bg-red-800',
} as const;

/** Every size is at least a tap target tall (e2e/tap-targets.spec.ts). */
const SIZES = {
  /** A form's submit, a page's way on. */
  large: 'min-h-12 px-5',
  /** The one submit at the foot of a long form, kept in view. */
  wide: 'min-h-12 px-6',
  /** A tool in a row of tools. */
  small: 'min-h-11 px-4',
  /** A row of short tools over a map. */
  compact: 'min-h-11 px-3',
} as const;

type Look = {
  variant?: keyof typeof VARIANTS;
  size?: keyof typeof SIZES;
};

type ButtonProps = ComponentPropsWithoutRef<'button'> & Look & { href?: undefined };

type LinkProps = Omit<ComponentPropsWithoutRef<'a'>, 'href'> &
  Look & {
    href: string;
    /** Spans its row, its words centred (the plan's link to each service's recovery page). */
    full?: boolean;
    /** As on TextLink: `Link` from next/link for a page the router should open. */
    as?: typeof Link;
    /** Only with `as={Link}`. */
    prefetch?: boolean;
  };

function classesFor({ variant = 'primary', size = 'large' }: Look, className?: string) {
  // A large outlined button stands beside a primary one, so it is as heavy; a small one is a tool.
  const weight =
    variant === 'secondary' &&
    (size === 'small' || size === 'compact' ? 'font-medium' : 'font-semibold');
  return cn('rounded-md disabled:opacity-60', VARIANTS[variant], SIZES[size], weight, className);
}

/**
 * The site's one button: a `<button>`, or an `<a>` when given an `href` (a way on that must work
 * without JavaScript), drawn alike.
 */
export function Button(props: ButtonProps | LinkProps) {
  if (props.href === undefined) {
    const { variant, size, className, ...rest } = props;
    return <button {...rest} className={classesFor({ variant, size }, className)} />;
  }
  const { variant, size, full, className, as, prefetch, ...rest } = props;
  const classes = classesFor(
    { variant, size },
    cn(
      'items-center no-underline',
      full ? 'flex w-full justify-center text-center' : 'inline-flex',
      className,
    ),
  );
  if (as) {
    const Router = as;
    return <Router {...rest} prefetch={prefetch} className={classes} />;
  }
  return <a {...rest} className={classes} />;
}

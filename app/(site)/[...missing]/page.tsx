import { notFound } from 'next/navigation';

// The site and the embed each have their own root layout, so no layout wraps an address that
// matches no route: this catch-all sends those to the site's own 404 page, with its header.
export default function Missing() {
  notFound();
}

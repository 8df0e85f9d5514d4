import { z } from 'zod';

/** A sentence of page copy: never empty, never a stray letter. */
export const words = z.string().min(2);

/** A list of one or more sentences: points, paragraphs. */
export const sentences = z.array(words).min(1);

/** A set of named sentences, every one required and no other allowed. */
export const wordsFor = <const K extends readonly [string, ...string[]]>(keys: K) =>
  z.strictObject(
    Object.fromEntries(keys.map((key) => [key, words])) as Record<K[number], typeof words>,
  );

type UiTree = string | readonly string[] | { readonly [key: string]: UiTree };

/** The site's own chrome (content/ui.ts): sentences, lists of them, and groups of either. */
export const uiSchema: z.ZodType<UiTree> = z.lazy(() =>
  z.union([z.string().min(1), z.array(z.string().min(1)), z.record(z.string(), uiSchema)]),
);

/** The ticket summary's short form and formats (content/ticket.ts): named sentences. */
export const ticketSchema = z.record(z.string(), words);

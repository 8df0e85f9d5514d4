/**
 * Finds services by name, alias or domain. Pure and dependency-free, so the same ranking runs
 * on the server (GET form, no JavaScript) and in the browser (live search).
 */

import { nameKeys, searchKey } from '../../content/services/search-key';

export type MatchReason = 'name' | 'alias' | 'domain' | 'fuzzy';

/** The fields search reads; any richer service object can be passed through. */
export type SearchableService = {
  id: string;
  name: string;
  aliases: readonly string[];
  domains: readonly string[];
};

export type ServiceMatch<S extends SearchableService = SearchableService> = {
  service: S;
  reason: MatchReason;
  /** The name, alias or domain that matched, as written in the content. */
  matched: string;
  /** Lower is closer, within one reason: 0 exact, then prefix, subdomain or edit distance. */
  score: number;
};

const DEFAULT_SEARCH_LIMIT = 10;

const REASON_RANK: Record<MatchReason, number> = { name: 0, alias: 1, domain: 2, fuzzy: 3 };

/** Long pasted text is cut so edit distance stays cheap. */
const MAX_QUERY_LENGTH = 100;

function searchWords(text: string): string[] {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((word) => word.length > 0);
}

/** "https://www.x.com/home", "you@gmail.com" or "X.com" as a bare host, when it looks like one. */
function queryHost(query: string): string | undefined {
  let text = query.trim().toLowerCase();
  const scheme = /^[a-z][a-z0-9+.-]*:\/\//.exec(text);
  if (scheme) text = text.slice(scheme[0].length);
  else if (text.includes('@')) text = text.slice(text.lastIndexOf('@') + 1);
  const host = (text.split(/[/?#:\s]/)[0] ?? '').replace(/^www\./, '').replace(/\.$/, '');
  return /^[a-z0-9-]+(\.[a-z0-9-]+)+$/.test(host) ? host : undefined;
}

/** The label before the top-level domain: "amazon" for "aws.amazon.com". */
function mainLabel(domain: string): string {
  const labels = domain.split('.');
  return labels.length >= 2 ? (labels[labels.length - 2] ?? '') : domain;
}

/** Optimal string alignment distance (Damerau-Levenshtein with adjacent swaps). */
export function editDistance(a: string, b: string): number {
  if (a === b) return 0;
  if (a.length === 0) return b.length;
  if (b.length === 0) return a.length;
  const rows = a.length + 1;
  const cols = b.length + 1;
  const d: number[] = new Array<number>(rows * cols).fill(0);
  const at = (i: number, j: number) => d[i * cols + j] ?? 0;
  for (let i = 0; i < rows; i++) d[i * cols] = i;
  for (let j = 0; j < cols; j++) d[j] = j;
  for (let i = 1; i < rows; i++) {
    for (let j = 1; j < cols; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(at(i - 1, j) + 1, at(i, j - 1) + 1, at(i - 1, j - 1) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        best = Math.min(best, at(i - 2, j - 2) + 1);
      }
      d[i * cols + j] = best;
    }
  }
  return at(a.length, b.length);
}

/** Typos allowed: none for 1-2 characters, one up to 5, two from 6. */
function allowedTypos(length: number): number {
  if (length < 3) return 0;
  return length <= 5 ? 1 : 2;
}

type Candidate = { reason: MatchReason; matched: string; score: number };

function better(a: Candidate | undefined, b: Candidate): Candidate {
  if (!a) return b;
  const byReason = REASON_RANK[b.reason] - REASON_RANK[a.reason];
  if (byReason !== 0) return byReason < 0 ? b : a;
  return b.score < a.score ? b : a;
}

function matchDomain(
  domains: readonly string[],
  key: string,
  host: string | undefined,
): Candidate | undefined {
  let best: Candidate | undefined;
  for (const domain of domains) {
    let score: number | undefined;
    if (host === domain || key === searchKey(domain)) score = 0;
    else if (host?.endsWith(`.${domain}`)) score = 1;
    else if (host && domain.endsWith(`.${host}`)) score = 2;
    else if (key === searchKey(mainLabel(domain))) score = 3;
    if (score !== undefined) best = better(best, { reason: 'domain', matched: domain, score });
  }
  return best;
}

function matchFuzzy(service: SearchableService, key: string): Candidate | undefined {
  const terms: Array<[key: string, matched: string]> = [];
  for (const text of [service.name, ...service.aliases]) {
    for (const k of nameKeys(text)) terms.push([k, text]);
    for (const word of searchWords(text)) terms.push([word, text]);
  }
  for (const domain of service.domains) {
    terms.push([searchKey(domain), domain], [searchKey(mainLabel(domain)), domain]);
  }

  const typos = allowedTypos(key.length);
  let best: Candidate | undefined;
  for (const [term, matched] of terms) {
    let score: number | undefined;
    if (key.length >= 2 && term.startsWith(key)) score = 0;
    else if (typos > 0) {
      const full = editDistance(key, term);
      if (full <= typos) score = full;
      else if (key.length >= 4 && term.length > key.length) {
        // A typo while still typing: "microsfot" against the start of "microsoftaccount".
        const partial = editDistance(key, term.slice(0, key.length));
        if (partial <= 1) score = partial + 0.5;
      }
    }
    if (score !== undefined) best = better(best, { reason: 'fuzzy', matched, score });
  }
  return best;
}

function matchService(
  service: SearchableService,
  key: string,
  host: string | undefined,
): Candidate | undefined {
  if (nameKeys(service.name).includes(key)) {
    return { reason: 'name', matched: service.name, score: 0 };
  }
  const alias = service.aliases.find((a) => searchKey(a) === key);
  if (alias !== undefined) return { reason: 'alias', matched: alias, score: 0 };
  return matchDomain(service.domains, key, host) ?? matchFuzzy(service, key);
}

function compareMatches(a: ServiceMatch, b: ServiceMatch): number {
  const byReason = REASON_RANK[a.reason] - REASON_RANK[b.reason];
  if (byReason !== 0) return byReason;
  if (a.score !== b.score) return a.score - b.score;
  const nameA = searchKey(a.service.name);
  const nameB = searchKey(b.service.name);
  if (nameA !== nameB) return nameA < nameB ? -1 : 1;
  if (a.service.id === b.service.id) return 0;
  return a.service.id < b.service.id ? -1 : 1;
}

/**
 * Ranked matches for what a person typed: exact name, then alias, then domain, then fuzzy
 * (prefix or a small typo). Ties go to the alphabetically first name, then id. A blank query
 * matches nothing; list the whole directory instead.
 */
export function searchServices<S extends SearchableService>(
  services: readonly S[],
  query: string,
  limit: number = DEFAULT_SEARCH_LIMIT,
): ServiceMatch<S>[] {
  const trimmed = query.slice(0, MAX_QUERY_LENGTH);
  const key = searchKey(trimmed);
  const max = Number.isFinite(limit) ? Math.max(0, Math.floor(limit)) : DEFAULT_SEARCH_LIMIT;
  if (key.length === 0 || max === 0) return [];
  const host = queryHost(trimmed);

  const matches: ServiceMatch<S>[] = [];
  for (const service of services) {
    const candidate = matchService(service, key, host);
    if (candidate) matches.push({ service, ...candidate });
  }
  return matches.sort(compareMatches).slice(0, max);
}

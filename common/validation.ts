// SPDX-FileCopyrightText: 2026 KommunalNetz Hub contributors
//
// SPDX-License-Identifier: EUPL-1.2

// Checks of input, shared by all operations: free text, contact details, ids, search words,
// keywords, dates. Each failure is BAD_USER_INPUT naming the argument. Rules that need a
// feature's data (managed topics, membership) live in that feature's rules. What text may hold is
// decided by the predicates of common/text-rules.ts, which the Verwaltung's forms use too.
import { today } from './dates';
import { DatePrecision } from './domain';
import { badInput } from './errors';
import { searchKey } from './text';
import {
  CONTROL_ALL,
  hasControlCharacter,
  holdsContactDetails,
  holdsEmailAddress,
  holdsSalutation,
  isEmailAddress,
  isPhoneNumber,
  isSourceUrl,
} from './text-rules';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function requireText(value: string, argument: string, min: number, max: number): string {
  const text = value.trim();
  if (text.length < min || text.length > max || hasControlCharacter(text)) {
    throw badInput(`${argument} must have ${min} to ${max} characters, without control characters.`, { argument });
  }
  return text;
}

export function optionalText(value: string | null | undefined, argument: string, max: number): string | null {
  if (value === null || value === undefined || value.trim() === '') return null;
  return requireText(value, argument, 1, max);
}

export function optionalEmail(value: string | null | undefined, argument: string): string | null {
  if (value === null || value === undefined || value.trim() === '') return null;
  const email = value.trim();
  if (!isEmailAddress(email)) throw badInput(`${argument} is not a valid e-mail address.`, { argument });
  return email;
}

export function optionalPhone(value: string | null | undefined, argument: string): string | null {
  if (value === null || value === undefined || value.trim() === '') return null;
  const phone = value.trim();
  if (!isPhoneNumber(phone)) throw badInput(`${argument} is not a valid phone number (digits, spaces, + ( ) / -).`, { argument });
  return phone;
}

export function requireUuid(value: string, argument: string): string {
  if (!UUID.test(value)) throw badInput(`${argument} must be an id (UUID).`, { argument });
  return value.toLowerCase();
}

/** Stored text made safe to print on a terminal or in a log line: every non-printable character shown as \\uXXXX. */
export function printable(text: string): string {
  return text.replace(CONTROL_ALL, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/**
 * A role or office ("Digitalisierungsbeauftragte"), never a way to reach a person: text that holds
 * an e-mail address or a phone number, however spelled, is refused.
 */
export function optionalRoleTitle(value: string | null | undefined, argument: string, max: number): string | null {
  const text = optionalText(value, argument, max);
  if (text === null) return null;
  if (holdsContactDetails(text)) {
    throw badInput(
      `${argument} must be a role or office (e.g. "Digitalisierungsbeauftragte"), without an e-mail address or phone number; those have fields of their own.`,
      { argument },
    );
  }
  return text;
}

/** Public free text must not carry e-mail addresses (personal data in a public record). */
export function requireNoEmail(text: string | null, argument: string): string | null {
  if (text && holdsEmailAddress(text)) {
    throw badInput(`${argument} must not contain an e-mail address: reports are public. The contact person is kept with the membership.`, {
      argument,
    });
  }
  return text;
}

/**
 * Whom to ask, as a function or office. Refused: e-mail addresses, phone numbers and salutations
 * with a name ("Frau Müller") — the signs of a person; a name alone cannot be recognised reliably,
 * the field's description asks for a function.
 */
export function requireContactFunction(text: string | null, argument: string): string | null {
  // The e-mail and phone rule (obfuscations included) is the one of ContactPerson.function.
  if (text && (holdsContactDetails(text) || holdsSalutation(text))) {
    throw badInput(
      `${argument} names a function or office (e.g. "Digitalisierungsbeauftragte der Verbandsgemeinde"), never a person, an e-mail address or a phone number; the member’s contact person is kept with its membership.`,
      { argument },
    );
  }
  return text;
}

/** Refuses an explicit null for a field that cannot be empty (omit the field to keep its value). */
export function notNull<T>(value: T | null, argument: string): T {
  if (value === null) throw badInput(`${argument} cannot be null; omit it to keep the current value.`, { argument });
  return value;
}

const MAX_SEARCH_LENGTH = 100;

/** The words of a search text, folded like stored names (common/text.ts); BAD_USER_INPUT when there are none. */
export function searchWords(text: string, argument: string): string[] {
  if (text.length > MAX_SEARCH_LENGTH) throw badInput(`${argument} may have at most ${MAX_SEARCH_LENGTH} characters.`, { argument });
  const key = searchKey(text);
  if (key === '') throw badInput(`${argument} must contain at least one letter or digit.`, { argument });
  return [...new Set(key.split(' '))];
}

const MAX_TAGS_PER_RECORD = 20;
const MAX_TAG_LENGTH = 50;

/** Free keywords: trimmed, inner spaces collapsed, duplicates (after folding) dropped; with their folded keys, position by position. */
export function normalizeTags(tags: string[] | null | undefined, argument: string): { tags: string[]; tagKeys: string[] } {
  const result = { tags: [] as string[], tagKeys: [] as string[] };
  for (const [i, raw] of (tags ?? []).entries()) {
    const tag = requireText(raw, `${argument}[${i}]`, 1, MAX_TAG_LENGTH).replace(/\s+/g, ' ');
    const key = searchKey(tag);
    if (key === '') throw badInput(`${argument}[${i}] must contain at least one letter or digit.`, { argument });
    if (result.tagKeys.includes(key)) continue;
    result.tags.push(tag);
    result.tagKeys.push(key);
  }
  if (result.tags.length > MAX_TAGS_PER_RECORD)
    throw badInput(`${argument} may hold at most ${MAX_TAGS_PER_RECORD} keywords.`, { argument });
  return result;
}

/** A date that must not lie after today. */
export function requireNotFuture(date: string, argument: string): void {
  if (date > today()) throw badInput(`${argument} must not be in the future.`, { argument });
}

/** Two dates in order (the earlier one may be unknown); `message` says which. */
export function requireDateOrder(earlier: string | null, later: string, argument: string, message: string): void {
  if (earlier && later < earlier) throw badInput(message, { argument });
}

/** A date known only to the month or year is stored on its first day: 2024-03-01 (MONTH), 2024-01-01 (YEAR). */
export function requireFirstDayOfPrecision(date: string, precision: DatePrecision, argument: string): void {
  if (precision === DatePrecision.MONTH && !date.endsWith('-01')) {
    throw badInput(`${argument} must be the first day of the month when its precision is MONTH (e.g. ${date.slice(0, 8)}01).`, {
      argument,
    });
  }
  if (precision === DatePrecision.YEAR && !date.endsWith('-01-01')) {
    throw badInput(`${argument} must be the first day of the year when its precision is YEAR (e.g. ${date.slice(0, 4)}-01-01).`, {
      argument,
    });
  }
}

/** How many public sources a record may name. */
export const MAX_SOURCES = 10;

/** Public source URLs of a record (meeting, role term): http(s), 8 to 500 characters each without control characters, at most MAX_SOURCES, duplicates dropped. */
export function normalizeSources(sources: string[] | null | undefined, argument: string): string[] {
  const result: string[] = [];
  for (const [i, raw] of (sources ?? []).entries()) {
    const url = requireText(raw, `${argument}[${i}]`, 8, 500);
    if (!isSourceUrl(url)) throw badInput(`${argument}[${i}] must be an http(s) URL of at most 500 characters.`, { argument });
    if (!result.includes(url)) result.push(url);
  }
  if (result.length > MAX_SOURCES) throw badInput(`${argument} may name at most ${MAX_SOURCES} sources.`, { argument });
  return result;
}

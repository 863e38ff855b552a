// Checks of free-text input, shared by all write operations. Each failure is BAD_USER_INPUT
// naming the argument.
import { badInput } from './errors';

const EMAIL =
  /^[^\s@<>()[\]\\,;:"]{1,64}@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+$/;
const PHONE = /^\+?[0-9][0-9 ()/-]{4,38}$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
// Characters that are not printable text have no place in names and titles: C0/C1 controls (ANSI
// escapes, newlines: log, CSV and terminal injection), line separators and bidi overrides (text
// that displays differently from what it is).
const NOT_PRINTABLE = '\\u0000-\\u001f\\u007f-\\u009f\\u061c\\u200e\\u200f\\u2028-\\u202e\\u2066-\\u2069';
const CONTROL = new RegExp(`[${NOT_PRINTABLE}]`);
const CONTROL_ALL = new RegExp(`[${NOT_PRINTABLE}]`, 'g');

export function requireText(value: string, argument: string, min: number, max: number): string {
  const text = value.trim();
  if (text.length < min || text.length > max || CONTROL.test(text)) {
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
  if (email.length > 254 || !EMAIL.test(email)) throw badInput(`${argument} is not a valid e-mail address.`, { argument });
  return email;
}

export function optionalPhone(value: string | null | undefined, argument: string): string | null {
  if (value === null || value === undefined || value.trim() === '') return null;
  const phone = value.trim();
  if (!PHONE.test(phone)) throw badInput(`${argument} is not a valid phone number (digits, spaces, + ( ) / -).`, { argument });
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

// What an e-mail address or a phone number looks like in free text, obfuscations included:
// "max@x.de", "max (at) x.de", "max[at]x(dot)de", "max at x dot de", "max ät x.de", and a run of
// six or more digits with the separators phone numbers are written with ("06351 / 42 42 42").
const AT_SIGN = /[@＠]/;
const BRACKETED = /[([{<]\s*(?:at|ät|aet|dot|punkt)\s*[)\]}>]/i;
const SPELLED_ADDRESS = /[\p{L}\d._-]\s+(?:at|ät|aet)\s+[\p{L}\d-]+(?:\s*\.\s*|\s+(?:dot|punkt)\s+)[\p{L}]{2,}/iu;
const PHONE_DIGITS = /\d(?:[\s()/.+-]*\d){5,}/;

/** Whether free text holds an e-mail address or a phone number, however spelled. */
export function holdsContactDetails(text: string): boolean {
  return AT_SIGN.test(text) || BRACKETED.test(text) || SPELLED_ADDRESS.test(text) || PHONE_DIGITS.test(text);
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

// SPDX-FileCopyrightText: 2026 KommunalNetz Hub contributors
//
// SPDX-License-Identifier: EUPL-1.2

// What free text may hold, as plain predicates without dependencies: the API's checks
// (common/validation.ts) and the Verwaltung's forms (gateway/pages/verwaltung) use the same ones,
// so that a form refuses exactly what the API would refuse, before it is sent.

// Characters that are not printable text have no place in names and titles: C0/C1 controls (ANSI
// escapes, newlines: log, CSV and terminal injection), line separators and bidi overrides (text
// that displays differently from what it is).
const NOT_PRINTABLE = '\\u0000-\\u001f\\u007f-\\u009f\\u061c\\u200e\\u200f\\u2028-\\u202e\\u2066-\\u2069';
const CONTROL = new RegExp(`[${NOT_PRINTABLE}]`);
/** Every non-printable character, for replacing them all. */
export const CONTROL_ALL = new RegExp(`[${NOT_PRINTABLE}]`, 'g');

/** Whether text holds a character that is not printable (see NOT_PRINTABLE). */
export function hasControlCharacter(text: string): boolean {
  return CONTROL.test(text);
}

const EMAIL =
  /^[^\s@<>()[\]\\,;:"]{1,64}@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+$/;
const PHONE = /^\+?[0-9][0-9 ()/-]{4,38}$/;

/** An e-mail address of at most 254 characters. */
export function isEmailAddress(text: string): boolean {
  return text.length <= 254 && EMAIL.test(text);
}

/** A phone number: digits, spaces, + ( ) / -. */
export function isPhoneNumber(text: string): boolean {
  return PHONE.test(text);
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

const EMAIL_LIKE = /[^\s@]+@[^\s@]+/;
/** Whether free text holds something like an e-mail address. */
export function holdsEmailAddress(text: string): boolean {
  return EMAIL_LIKE.test(text);
}

const SALUTATION = /(^|[\s,;:(])(Herr|Frau|Hr\.|Fr\.)\s+\p{Lu}/u;
/** Whether free text addresses a person by name ("Frau Müller"). */
export function holdsSalutation(text: string): boolean {
  return SALUTATION.test(text);
}

const URL_PATTERN = /^https?:\/\/[^\s/$.?#][^\s]*$/i;
/** A public source: an http(s) URL. */
export function isSourceUrl(text: string): boolean {
  return URL_PATTERN.test(text);
}

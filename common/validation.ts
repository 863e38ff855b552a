// Checks of free-text input, shared by all write operations. Each failure is BAD_USER_INPUT
// naming the argument.
import { badInput } from './errors';

const EMAIL =
  /^[^\s@<>()[\]\\,;:"]{1,64}@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+$/;
const PHONE = /^\+?[0-9][0-9 ()/-]{4,38}$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
// Control characters have no place in names and titles (log and CSV injection).
const CONTROL = /[\u0000-\u001f\u007f]/;

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

/**
 * The server's field errors are Pydantic's English messages ("String should
 * have at least 10 characters"). The UI shows them in the user's language:
 * the common shapes are recognised and translated with their numbers; any
 * other message is shown under a translated "invalid value" headline.
 */
import type { TFunction } from 'i18next';
import { isApiError } from '../api/errors';

type Rule = [RegExp, (m: RegExpExecArray, t: TFunction) => string];

const RULES: Rule[] = [
  [/^Field required$/i, (_m, t) => t('errors.field.required')],
  [/^String should have at least (\d+) characters?/i, (m, t) => t('errors.field.minLength', { count: Number(m[1]) })],
  [/^String should have at most (\d+) characters?/i, (m, t) => t('errors.field.maxLength', { count: Number(m[1]) })],
  [/^value is not a valid email address/i, (_m, t) => t('errors.field.email')],
  [/^Input should be a valid UUID/i, (_m, t) => t('errors.field.choice')],
  [/^Input should be '/i, (_m, t) => t('errors.field.choice')],
  [/^Input should be a valid (date|datetime)/i, (_m, t) => t('errors.field.date')],
  [/^Input should be a valid (integer|number)/i, (_m, t) => t('errors.field.number')],
  [/^Input should be greater than or equal to (-?[\d.]+)/i, (m, t) => t('errors.field.min', { min: m[1] })],
  [/^Input should be greater than (-?[\d.]+)/i, (m, t) => t('errors.field.min', { min: m[1] })],
  [/^Input should be less than or equal to (-?[\d.]+)/i, (m, t) => t('errors.field.max', { max: m[1] })],
  [/^Input should be less than (-?[\d.]+)/i, (m, t) => t('errors.field.max', { max: m[1] })],
  [/^List should have at least (\d+) items?/i, (m, t) => t('errors.field.minItems', { count: Number(m[1]) })],
  [/^List should have at most (\d+) items?/i, (m, t) => t('errors.field.maxItems', { count: Number(m[1]) })],
  [/^Extra inputs are not permitted/i, (_m, t) => t('errors.field.unknown')],
];

/** One server message in the user's language. */
export function translateFieldMessage(msg: string, t: TFunction): string {
  const text = msg.replace(/^Value error, /, '');
  for (const [pattern, render] of RULES) {
    const m = pattern.exec(text);
    if (m) return render(m, t);
  }
  return t('errors.field.invalid', { detail: text });
}

/** `{ field: translated message }` from any error (empty when it has no field errors). */
export function translatedFieldErrors(error: unknown, t: TFunction): Record<string, string> {
  if (!isApiError(error)) return {};
  const out: Record<string, string> = {};
  for (const [field, msg] of Object.entries(error.fieldErrors)) out[field] = translateFieldMessage(msg, t);
  return out;
}

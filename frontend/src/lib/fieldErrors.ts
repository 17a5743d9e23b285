/**
 * The server's field errors carry Pydantic's code (`type`, e.g. string_too_short)
 * and its parameters (`ctx`, e.g. min_length): the UI translates by code. Older
 * servers sent only the English message: the common shapes are recognised and
 * translated with their numbers; any other message is shown under a translated
 * "invalid value" headline.
 */
import type { TFunction } from 'i18next';
import { fieldPath, isApiError } from '../api/errors';

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

type Ctx = Record<string, unknown> | null | undefined;
const num = (ctx: Ctx, key: string) => Number(ctx?.[key]);

/** Pydantic's error codes (the API sends `type` and `ctx` with each field error). */
const BY_CODE: Record<string, (ctx: Ctx, t: TFunction) => string> = {
  missing: (_c, t) => t('errors.field.required'),
  string_too_short: (c, t) => t('errors.field.minLength', { count: num(c, 'min_length') }),
  string_too_long: (c, t) => t('errors.field.maxLength', { count: num(c, 'max_length') }),
  too_short: (c, t) => t('errors.field.minItems', { count: num(c, 'min_length') }),
  too_long: (c, t) => t('errors.field.maxItems', { count: num(c, 'max_length') }),
  value_error: (_c, t) => t('errors.field.invalid', { detail: '' }),
  uuid_parsing: (_c, t) => t('errors.field.choice'),
  uuid_type: (_c, t) => t('errors.field.choice'),
  literal_error: (_c, t) => t('errors.field.choice'),
  enum: (_c, t) => t('errors.field.choice'),
  date_parsing: (_c, t) => t('errors.field.date'),
  date_from_datetime_parsing: (_c, t) => t('errors.field.date'),
  date_type: (_c, t) => t('errors.field.date'),
  datetime_parsing: (_c, t) => t('errors.field.date'),
  datetime_from_date_parsing: (_c, t) => t('errors.field.date'),
  datetime_type: (_c, t) => t('errors.field.date'),
  int_parsing: (_c, t) => t('errors.field.number'),
  int_type: (_c, t) => t('errors.field.number'),
  float_parsing: (_c, t) => t('errors.field.number'),
  greater_than_equal: (c, t) => t('errors.field.min', { min: String(c?.ge) }),
  greater_than: (c, t) => t('errors.field.min', { min: String(c?.gt) }),
  less_than_equal: (c, t) => t('errors.field.max', { max: String(c?.le) }),
  less_than: (c, t) => t('errors.field.max', { max: String(c?.lt) }),
  extra_forbidden: (_c, t) => t('errors.field.unknown'),
};

/** A field error by its code when the server sent one, else by recognising the English message. */
export function translateFieldError(error: { msg: string; type?: string | null; ctx?: Ctx }, t: TFunction): string {
  const byCode = error.type ? BY_CODE[error.type] : undefined;
  // value_error carries the service's own sentence: keep it (under the translated headline).
  if (byCode && error.type !== 'value_error') return byCode(error.ctx, t);
  return translateFieldMessage(error.msg, t);
}

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
  for (const item of error.errors) {
    const key = fieldPath(item.loc);
    if (key && !(key in out)) out[key] = translateFieldError(item, t);
  }
  return out;
}

import i18n from '../i18n';
import { ApiError } from '../api/errors';
import { translateFieldMessage, translatedFieldErrors } from './fieldErrors';

const t = i18n.t.bind(i18n);

describe('server field errors in the user’s language', () => {
  it.each([
    ['Field required', 'Vui lòng điền ô này.'],
    ['String should have at least 10 characters', 'Cần ít nhất 10 ký tự.'],
    ['String should have at most 200 characters', 'Không quá 200 ký tự.'],
    ['value is not a valid email address: An email address must have an @-sign.', 'Địa chỉ thư điện tử không hợp lệ.'],
    ["Input should be 'admin', 'coordinator' or 'viewer'", 'Lựa chọn không hợp lệ.'],
    ['Input should be less than or equal to 100', 'Giá trị không được vượt quá 100.'],
    ['List should have at least 1 item after validation, not 0', 'Chọn ít nhất 1 mục.'],
  ])('%s', (msg, expected) => {
    expect(translateFieldMessage(msg, t)).toBe(expected);
  });

  it('keeps an unknown message under a translated headline', () => {
    expect(translateFieldMessage('Value error, quote does not match the section', t)).toBe(
      'Giá trị không hợp lệ (quote does not match the section).',
    );
  });

  it('switches with the language', async () => {
    await i18n.changeLanguage('en');
    const { setLanguage } = await import('../i18n');
    await setLanguage('en');
    expect(translateFieldMessage('String should have at least 10 characters', i18n.t.bind(i18n))).toBe(
      'At least 10 characters.',
    );
  });

  it('maps an ApiError’s field errors by field path', () => {
    const error = new ApiError({ status: 422, errors: [{ loc: ['body', 'full_name'], msg: 'Field required' }] });
    expect(translatedFieldErrors(error, t)).toEqual({ full_name: 'Vui lòng điền ô này.' });
    expect(translatedFieldErrors(new Error('x'), t)).toEqual({});
  });
});

describe('field errors by code', () => {
  it('translates by Pydantic code and its parameters, not by the English text', async () => {
    const { ApiError } = await import('../api/errors');
    const { translatedFieldErrors } = await import('./fieldErrors');
    const i18n = (await import('../i18n')).default;
    const error = new ApiError({
      status: 422,
      errors: [
        {
          loc: ['body', 'password'],
          msg: 'whatever the server says',
          type: 'string_too_short',
          ctx: { min_length: 10 },
        },
        { loc: ['body', 'role'], msg: 'Input should be …', type: 'literal_error', ctx: { expected: "'a' or 'b'" } },
      ],
    });
    expect(translatedFieldErrors(error, i18n.t)).toEqual({
      password: i18n.t('errors.field.minLength', { count: 10 }),
      role: i18n.t('errors.field.choice'),
    });
  });
});

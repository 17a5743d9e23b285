import { ApiError, errorMessageKey, fieldPath } from './errors';

function response(status: number, headers: Record<string, string> = {}) {
  return new Response(null, { status, headers });
}

describe('ApiError', () => {
  it('reads a problem+json document, its field errors keyed by field name', () => {
    const err = ApiError.from(
      {
        type: 'https://plandesk/problems/validation',
        title: 'Unprocessable Entity',
        status: 422,
        detail: 'Invalid input',
        instance: '/api/v1/consultations/x/feedback',
        errors: [
          { loc: ['body', 'quote_start'], msg: 'does not match the section text' },
          { loc: ['body', 'items', 0, 'body'], msg: 'too long' },
          { loc: ['body', 'quote_start'], msg: 'second message is ignored' },
        ],
      },
      response(422),
    );
    expect(err.status).toBe(422);
    expect(err.detail).toBe('Invalid input');
    expect(err.fieldErrors).toEqual({ quote_start: 'does not match the section text', 'items.0.body': 'too long' });
  });

  it('keeps Retry-After seconds from a 429', () => {
    const err = ApiError.from({ title: 'Too Many Requests', status: 429 }, response(429, { 'Retry-After': '42' }));
    expect(err.retryAfter).toBe(42);
    expect(errorMessageKey(err)).toBe('errors.429');
  });

  it('copes with a body that is not a problem document', () => {
    const err = ApiError.from('<html>Bad gateway</html>', response(502));
    expect(err.status).toBe(502);
    expect(err.isTransient).toBe(true);
    expect(errorMessageKey(err)).toBe('errors.server');
  });

  it('maps locations without their request part', () => {
    expect(fieldPath(['body', 'email'])).toBe('email');
    expect(fieldPath(['query', 'limit'])).toBe('limit');
    expect(fieldPath(['email'])).toBe('email');
  });

  it('chooses a message key per status', () => {
    expect(errorMessageKey(new ApiError({ status: 412 }))).toBe('errors.412');
    expect(errorMessageKey(ApiError.network(new TypeError('x')))).toBe('errors.network');
    expect(errorMessageKey(new Error('boom'))).toBe('errors.unexpected');
  });
});
